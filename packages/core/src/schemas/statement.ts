import * as z from 'zod'
import { ActorIdSchema } from './actor.ts'
import { SpanSchema } from './span.ts'

/** How the content is reported: quoted verbatim, paraphrased, or both. */
export const ModeSchema = z.enum(['direct', 'indirect', 'mixed']).meta({ id: 'Mode' })

/** How the content is reported. */
export type Mode = z.infer<typeof ModeSchema>

/** The speaker's attitude toward the target. */
export const PolaritySchema = z
  .enum(['support', 'oppose', 'blame', 'demand', 'threaten', 'neutral'])
  .meta({ id: 'Polarity' })

/** The speaker's attitude toward the target. */
export type Polarity = z.infer<typeof PolaritySchema>

/** Who a statement is about and how the speaker stands toward them. */
export const StanceSchema = z
  .object({
    target: ActorIdSchema,
    polarity: PolaritySchema,
    evidence: SpanSchema.optional().describe('The words that show the stance.'),
  })
  .meta({ id: 'Stance' })

/** Who a statement is about and how the speaker stands toward them. */
export type Stance = z.infer<typeof StanceSchema>

/** Why a statement has no speaker. */
export const SpeakerReasonSchema = z
  .enum(['no-source', 'unresolved', 'anonymous'])
  .meta({ id: 'SpeakerReason' })

/** A reported statement: who said it, with which words, and what. */
export const StatementSchema = z
  .object({
    id: z.string().regex(/^s_[0-9a-f]{16}$/),
    speaker: ActorIdSchema.nullable().describe(
      'The actor who made the statement, or null with speakerReason.',
    ),
    speakerReason: SpeakerReasonSchema.optional(),
    source: SpanSchema.nullable().describe('The words that name the speaker.'),
    cue: SpanSchema.nullable().describe('The reporting words: "said", "has clarified", "according to".'),
    content: SpanSchema.describe('What was said, from its first to its last word.'),
    contentParts: z.array(SpanSchema).optional().describe('The pieces of an interrupted content, in order.'),
    mode: ModeSchema,
    negated: z.boolean().describe('True when the cue is negated: "has not commented on".'),
    stance: StanceSchema.optional(),
  })
  .superRefine((statement, ctx) => {
    if (statement.speaker === null && statement.speakerReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['speakerReason'],
        message: 'a statement without a speaker needs a reason',
      })
    }
  })
  .meta({ id: 'Statement', description: 'Who said what, about whom, with offsets into article.text.' })

/** A reported statement: who said it, with which words, and what. */
export type Statement = z.infer<typeof StatementSchema>
