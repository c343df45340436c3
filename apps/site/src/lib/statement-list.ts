import { type ActorLookup, lookUpActor } from './actor-choice.ts'
import type { ApiClient } from './api-client.ts'
import type { Page, StatementView } from './api-types.ts'
import { type ResolvedActor, type StatementFilter, toStatementQuery } from './statement-filter.ts'

/** Which box of the statements form a lookup came from. */
export type ActorBox = 'speaker' | 'target'

/** The statements page's data: what each actor box stands for, and the statements when both are settled. */
export interface StatementList {
  actors: { speaker?: ResolvedActor | undefined; target?: ResolvedActor | undefined }
  /** Names no actor answers to. */
  unknown: string[]
  /** Boxes whose name could mean several actors, with the actors to choose from. */
  ambiguous: (ActorLookup & { box: ActorBox })[]
  page: Page<StatementView>
}

/**
 * Loads the statements page: looks up the speaker and target boxes, and lists statements only when each box
 * names one actor (a name that matches several is answered with the choices, never with one of them).
 * @example await loadStatementList({ speaker: 'Clinton' }, api) // { ambiguous: [{ box: 'speaker', choices: […] }], page: { items: [] } }
 */
export async function loadStatementList(
  filter: StatementFilter,
  api: Pick<ApiClient, 'listActors' | 'getActor' | 'listStatements'>,
): Promise<StatementList> {
  const [speaker, target] = await Promise.all([
    lookUpActor(filter.speaker, api),
    lookUpActor(filter.target, api),
  ])
  const boxes = [
    ['speaker', speaker],
    ['target', target],
  ] as const
  const unknown = boxes.flatMap(([, lookup]) =>
    lookup && lookup.actor === null && lookup.choices.length === 0 ? [lookup.input] : [],
  )
  const ambiguous = boxes.flatMap(([box, lookup]) => (lookup?.choices.length ? [{ ...lookup, box }] : []))
  const actors = { speaker: speaker?.actor, target: target?.actor }
  const page =
    unknown.length || ambiguous.length
      ? { items: [], nextCursor: null }
      : await api.listStatements(toStatementQuery(filter, actors))
  return { actors, unknown, ambiguous, page }
}
