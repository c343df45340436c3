import * as z from 'zod'
import { ActorIdSchema } from './actor.ts'
import { PolaritySchema } from './statement.ts'

/** An actor → actor edge: how one actor stands toward another, and the statements that say so. */
export const RelationSchema = z
  .object({
    source: ActorIdSchema,
    target: ActorIdSchema,
    polarity: PolaritySchema,
    count: z.number().int().positive(),
    statements: z.array(z.string()),
  })
  .meta({ id: 'Relation' })

/** An actor → actor stance edge. */
export type Relation = z.infer<typeof RelationSchema>
