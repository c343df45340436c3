import { describe, expect, it } from 'vitest'

// The public API, listed: a change to it is a visible diff here.
describe('@whosaid/store exports', () => {
  it('the runtime-neutral half (./edge)', async () => {
    expect(Object.keys(await import('./edge.ts')).sort()).toEqual([
      'ActorDetailSchema',
      'ActorSummarySchema',
      'ArticleSummarySchema',
      'DEFAULT_LIMIT',
      'MAX_LIMIT',
      'MIGRATIONS',
      'RegistryEntrySchema',
      'RegistrySchema',
      'RelationViewSchema',
      'STORABLE_INSTANTS',
      'SearchResultSchema',
      'StatementViewSchema',
      'StoreError',
      'StoredActorSchema',
      'StoredAnalysisSchema',
      'StoredStatementSchema',
      'TimelinePointSchema',
      'canonicalActorId',
      'countArticles',
      'findInconsistencies',
      'getActor',
      'getArticle',
      'importRegistry',
      'ingestArticle',
      'isDiskFull',
      'isLargeAnalysis',
      'isRetryable',
      'isStorableInstant',
      'isUnavailable',
      'jsonStream',
      'listActors',
      'listArticles',
      'listRelations',
      'listSpeakerStatementsJson',
      'listStatements',
      'listStatementsJson',
      'mergeActor',
      'mergeActors',
      'migrate',
      'nameKeys',
      'openPostgresStore',
      'pageSchema',
      'ping',
      'queryRows',
      'readRegistry',
      'searchAll',
      'splitActor',
      'storeAnalysis',
      'storedActorId',
      'stringifyInSlices',
      'sweepOrphans',
    ])
  })

  it('the Node entry adds the embedded store and file ingestion', async () => {
    const edge = new Set(Object.keys(await import('./edge.ts')))
    expect(
      Object.keys(await import('./index.ts'))
        .filter((name) => !edge.has(name))
        .sort(),
    ).toEqual([
      'API_TOKEN_FILE',
      'DEFAULT_DATA_DIR',
      'ingestFiles',
      'keepApiToken',
      'listTextFiles',
      'openStore',
      'readApiToken',
      'readServerRecord',
      'recordServer',
      'undoErrorOf',
    ])
  })
})
