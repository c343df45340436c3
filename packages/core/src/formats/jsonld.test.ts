import { describe, expect, it } from 'vitest'
import seed from '../../../../seeds/000_b304420120629e83.txt?raw'
import { analyze } from '../analyze.ts'
import { sampleAnalysis } from './analysis.fixture.ts'
import { formatJsonLd, type JsonLdNode, toJsonLd } from './jsonld.ts'

const byId = (graph: JsonLdNode[]) => new Map(graph.map((node) => [node['@id'], node]))

describe('toJsonLd', () => {
  const document = toJsonLd(sampleAnalysis)
  const [article, ...quotations] = document['@graph']
  const mentions = (article?.mentions ?? []) as JsonLdNode[]

  it('describes the article as a schema.org NewsArticle', () => {
    expect(document['@context']).toBe('https://schema.org')
    expect(article).toMatchObject({
      '@type': 'NewsArticle',
      '@id': 'urn:whosaid:article:a_00000000000000aa',
      headline: 'Ministers clash over 🚀 levies',
      url: 'https://news.example.com/2024/levies',
      datePublished: '2024-03-05T10:00:00Z',
      dateline: 'LONDON',
      author: { '@type': 'Person', name: 'Ann Writer' },
      publisher: { '@type': 'Organization', name: 'Example News' },
    })
    expect(String(article?.articleBody).startsWith('"We will')).toBe(true)
  })

  it.each([
    [
      'person:jane-doe',
      { '@type': 'Person', name: 'Jane Doe', jobTitle: 'Foreign Minister', alternateName: ['Doe'] },
    ],
    ['country:france', { '@type': 'Country', name: 'France' }],
    ['organization:acme-corp', { '@type': 'Organization', name: 'Acme Corp' }],
    ['group:officials', { '@type': 'Organization', name: 'officials' }],
  ])('mentions %s', (id, expected) => {
    const mention = mentions.find((node) => node['@id'] === `urn:whosaid:actor:${id}`)
    expect(mention).toMatchObject(expected)
  })

  it.each([
    ['a known Wikidata item', { wikidata: 'Q7186' }, 'https://www.wikidata.org/entity/Q7186'],
    ['no item', {}, undefined],
  ])('gives an actor with %s its sameAs', (_what, item, sameAs) => {
    const actors = sampleAnalysis.actors.map((actor) =>
      actor.id === 'person:jane-doe' ? { ...actor, ...item } : actor,
    )
    const [node] = toJsonLd({ ...sampleAnalysis, actors })['@graph']
    const jane = byId((node?.mentions ?? []) as JsonLdNode[]).get('urn:whosaid:actor:person:jane-doe')
    expect(jane?.sameAs).toBe(sameAs)
  })

  it('links a person to the actor they belong to and drops empty properties', () => {
    const mentionsById = byId(mentions)
    expect(mentionsById.get('urn:whosaid:actor:person:jane-doe')?.affiliation).toEqual({
      '@id': 'urn:whosaid:actor:country:united-kingdom',
    })
    expect(mentionsById.get('urn:whosaid:actor:country:france')).not.toHaveProperty('alternateName')
  })

  it('makes each statement a Quotation spoken by its speaker, about its target, part of its article', () => {
    expect(quotations).toHaveLength(3)
    expect(quotations[0]).toEqual({
      '@type': 'Quotation',
      '@id': 'urn:whosaid:statement:s_0000000000000001',
      identifier: 's_0000000000000001',
      text: 'We will not accept this, … not now, not ever.',
      spokenByCharacter: { '@id': 'urn:whosaid:actor:person:jane-doe' },
      about: { '@id': 'urn:whosaid:actor:country:france' },
      isPartOf: { '@id': 'urn:whosaid:article:a_00000000000000aa' },
    })
    expect(quotations[2]).not.toHaveProperty('spokenByCharacter')
  })

  it('refers only to nodes it defines', () => {
    const { '@graph': graph } = toJsonLd([sampleAnalysis, analyze(seed)])
    const ids = new Set(
      graph.flatMap((node) => [node['@id'], ...((node.mentions as JsonLdNode[]) ?? []).map((m) => m['@id'])]),
    )
    for (const node of graph.filter((n) => n['@type'] === 'Quotation')) {
      expect(ids.has((node.isPartOf as { '@id': string })['@id'])).toBe(true)
      const speaker = node.spokenByCharacter as { '@id': string } | undefined
      if (speaker) expect(ids.has(speaker['@id'])).toBe(true)
    }
  })

  it('describes the seed', () => {
    const analysis = analyze(seed)
    const { '@graph': graph } = JSON.parse(formatJsonLd(analysis)) as { '@graph': JsonLdNode[] }
    expect(graph[0]).toMatchObject({ '@type': 'NewsArticle', headline: analysis.article.title })
    expect(graph.filter((node) => node['@type'] === 'Quotation')).toHaveLength(analysis.statements.length)
  })
})
