export {
  type Actor,
  type ActorId,
  ActorIdSchema,
  type ActorKind,
  ActorKindSchema,
  type ActorReference,
  ActorReferenceSchema,
  ActorSchema,
  ReferenceFormSchema,
} from './actor.ts'
export {
  type Analysis,
  AnalysisSchema,
  type AnalyzeOptions,
  AnalyzeOptionsSchema,
  ExtractorSchema,
} from './analysis.ts'
export { type Article, ArticleSchema } from './article.ts'
export { type Relation, RelationSchema } from './relation.ts'
export { type Span, SpanSchema } from './span.ts'
export {
  type Mode,
  ModeSchema,
  type Polarity,
  PolaritySchema,
  SpeakerReasonSchema,
  type Stance,
  StanceSchema,
  type Statement,
  StatementSchema,
} from './statement.ts'
