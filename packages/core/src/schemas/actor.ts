import * as z from 'zod'
import { SpanSchema } from './span.ts'

/** What kind of thing an actor is. */
export const ActorKindSchema = z
  .enum(['person', 'organization', 'country', 'location', 'group'])
  .meta({ id: 'ActorKind' })

/** What kind of thing an actor is. */
export type ActorKind = z.infer<typeof ActorKindSchema>

/** A stable, readable actor id such as `person:sergei-ryabkov` or `country:russia`. */
export const ActorIdSchema = z
  .string()
  .regex(/^(?:person|organization|country|location|group):[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .meta({ id: 'ActorId', description: 'kind:slug, the same for the same actor in every article.' })

/** A stable, readable actor id such as `person:sergei-ryabkov`. */
export type ActorId = z.infer<typeof ActorIdSchema>

/** How a reference that is not the actor's name points to it. */
export const ReferenceFormSchema = z
  .enum(['pronoun', 'title', 'demonym', 'descriptor'])
  .meta({ id: 'ReferenceForm' })

/** A reference to an actor that is not its name: "it", "he", "the minister", "Russian". */
export const ActorReferenceSchema = z
  .object({ span: SpanSchema, form: ReferenceFormSchema })
  .meta({ id: 'ActorReference' })

/** A reference to an actor that is not its name. */
export type ActorReference = z.infer<typeof ActorReferenceSchema>

/** A person, organization, country, place or group that the article names. */
export const ActorSchema = z
  .object({
    id: ActorIdSchema,
    name: z.string().min(1).describe('The canonical name.'),
    kind: ActorKindSchema,
    role: z
      .string()
      .optional()
      .describe('The title or office given in the text, e.g. "Deputy Foreign Minister".'),
    affiliation: ActorIdSchema.optional().describe(
      'The actor this one belongs to, e.g. the country of a minister.',
    ),
    aliases: z.array(z.string()).describe('Every other form of the name seen.'),
    mentions: z.array(SpanSchema).describe('The name as written, each time: no title, no determiner.'),
    references: z
      .array(ActorReferenceSchema)
      .optional()
      .describe('Pronouns, titles and demonyms that stand for the actor.'),
    wikidata: z
      .string()
      .regex(/^Q[1-9][0-9]{0,11}$/)
      .optional()
      .describe(
        'The Wikidata item of the actor, e.g. "Q22686", where a store knows it (a registry); analyze never sets it.',
      ),
  })
  .meta({ id: 'Actor', description: 'A person, organization, country, place or group in an article.' })

/** A person, organization, country, place or group that the article names. */
export type Actor = z.infer<typeof ActorSchema>
