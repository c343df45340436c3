import type { Actor, ActorKind } from '../schemas/actor.ts'
import type { Analysis } from '../schemas/analysis.ts'
import type { Statement } from '../schemas/statement.ts'
import { contentText, iri, sliceSpan, toList } from './spans.ts'

/** A JSON-LD node: an object with `@type` and `@id`. */
export type JsonLdNode = { '@type': string; '@id': string } & Record<string, unknown>

/** A schema.org JSON-LD document: the articles and their quotations in one `@graph`. */
export interface JsonLdDocument {
  '@context': 'https://schema.org'
  '@graph': JsonLdNode[]
}

// schema.org has no plain "group" type; a named group (a party, a militia, protesters) is closest to Organization.
const SCHEMA_ORG_TYPE: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  location: 'Place',
  group: 'Organization',
}

/**
 * Describes analyses in schema.org terms: each article a `NewsArticle` that `mentions` its actors (`Person`,
 * `Organization`, `Country`, `Place`), each statement a `Quotation` `spokenByCharacter` its speaker, `about`
 * its stance target and `isPartOf` its article. Ids are `urn:whosaid:…` IRIs, the same in every export; an
 * actor whose Wikidata item is known is `sameAs` that item.
 * @example toJsonLd(analyze(text))['@graph'][0]['@type'] // 'NewsArticle'
 */
export function toJsonLd(input: Analysis | readonly Analysis[]): JsonLdDocument {
  const graph: JsonLdNode[] = []
  for (const analysis of toList(input)) {
    graph.push(articleNode(analysis))
    for (const statement of analysis.statements) graph.push(quotationNode(analysis, statement))
  }
  return { '@context': 'https://schema.org', '@graph': graph }
}

/**
 * Serializes analyses as a schema.org JSON-LD document (see `toJsonLd`), ending with a newline.
 * @example formatJsonLd(analyze(text)) // '{\n  "@context": "https://schema.org",…'
 */
export function formatJsonLd(input: Analysis | readonly Analysis[]): string {
  return `${JSON.stringify(toJsonLd(input), null, 2)}\n`
}

function articleNode({ article, actors }: Analysis): JsonLdNode {
  return withoutEmpty({
    '@type': 'NewsArticle',
    '@id': iri.article(article.id),
    identifier: article.id,
    headline: article.title,
    url: article.url,
    datePublished: article.publishedAt,
    dateline: article.dateline,
    author: article.byline === undefined ? undefined : { '@type': 'Person', name: article.byline },
    publisher: article.source === undefined ? undefined : { '@type': 'Organization', name: article.source },
    articleBody: sliceSpan(article.text, article.body),
    mentions: actors.map(actorNode),
  })
}

function actorNode(actor: Actor): JsonLdNode {
  const affiliation = actor.affiliation === undefined ? undefined : { '@id': iri.actor(actor.affiliation) }
  return withoutEmpty({
    '@type': SCHEMA_ORG_TYPE[actor.kind],
    '@id': iri.actor(actor.id),
    identifier: actor.id,
    name: actor.name,
    alternateName: actor.aliases,
    jobTitle: actor.kind === 'person' ? actor.role : undefined,
    affiliation: actor.kind === 'person' ? affiliation : undefined,
    parentOrganization: actor.kind === 'organization' || actor.kind === 'group' ? affiliation : undefined,
    containedInPlace: actor.kind === 'country' || actor.kind === 'location' ? affiliation : undefined,
    sameAs: actor.wikidata === undefined ? undefined : `https://www.wikidata.org/entity/${actor.wikidata}`,
  })
}

function quotationNode({ article }: Analysis, statement: Statement): JsonLdNode {
  return withoutEmpty({
    '@type': 'Quotation',
    '@id': iri.statement(statement.id),
    identifier: statement.id,
    text: contentText(article.text, statement),
    spokenByCharacter: statement.speaker === null ? undefined : { '@id': iri.actor(statement.speaker) },
    about: statement.stance ? { '@id': iri.actor(statement.stance.target) } : undefined,
    isPartOf: { '@id': iri.article(article.id) },
  })
}

// JSON-LD reads a missing property and a null one alike; leaving both out keeps the document small.
function withoutEmpty(node: JsonLdNode): JsonLdNode {
  const kept: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value) && value.length === 0) continue
    kept[key] = value
  }
  return kept as JsonLdNode
}
