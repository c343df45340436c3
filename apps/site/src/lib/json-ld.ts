import type { Actor, ActorKind, Analysis } from '@whosaid/core/schemas'
import { alsoWritten, wikidataHref } from './actor-names.ts'
import type { ActorSummary } from './api-types.ts'
import { contentText } from './statement-cards.ts'
import { actorHref, articleHref, externalHref, statementAnchor } from './urls.ts'

const SCHEMA_TYPES: Record<ActorKind, string> = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  location: 'Place',
  group: 'Organization',
}

type JsonLd = Record<string, unknown>

/**
 * Builds the schema.org description of an article page: a NewsArticle that `mentions` its actors and
 * has each statement as a Quotation with `spokenByCharacter` and `text`; an actor whose Wikidata item the
 * store knows is `sameAs` that item.
 * @example buildArticleJsonLd(analysis, 'https://whosaid.example')['@type'] // 'NewsArticle'
 */
export function buildArticleJsonLd(analysis: Analysis & { ingestedAt?: string }, origin: string): JsonLd {
  const { article, actors, statements } = analysis
  const page = `${origin}${articleHref(article.id)}`
  const byId = new Map(actors.map((actor) => [actor.id, actor]))
  const thing = (id: string): JsonLd => {
    const actor = byId.get(id)
    return actor ? describeActor(actor, origin) : { '@id': `${origin}${actorHref(id)}` }
  }
  const quotations = statements.map((statement) => ({
    '@type': 'Quotation',
    '@id': `${page}#${statementAnchor(statement.id)}`,
    text: contentText(article.text, statement),
    ...(statement.speaker ? { spokenByCharacter: thing(statement.speaker) } : {}),
    ...(statement.stance ? { about: { '@id': `${origin}${actorHref(statement.stance.target)}` } } : {}),
  }))
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': page,
    url: externalHref(article.url) ?? page,
    mainEntityOfPage: page,
    headline: article.title ?? undefined,
    ...(article.dateline ? { locationCreated: { '@type': 'Place', name: article.dateline } } : {}),
    ...(article.publishedAt ? { datePublished: article.publishedAt } : {}),
    ...(analysis.ingestedAt ? { dateCreated: analysis.ingestedAt } : {}),
    ...(article.source ? { publisher: { '@type': 'Organization', name: article.source } } : {}),
    ...(article.byline ? { author: { '@type': 'Person', name: article.byline } } : {}),
    mentions: actors.map((actor) => describeActor(actor, origin)),
    hasPart: quotations,
  }
}

function describeActor(actor: Actor, origin: string): JsonLd {
  const sameAs = wikidataHref(actor.wikidata)
  return {
    '@type': SCHEMA_TYPES[actor.kind],
    '@id': `${origin}${actorHref(actor.id)}`,
    name: actor.name,
    ...(actor.aliases.length ? { alternateName: actor.aliases } : {}),
    ...(actor.role && actor.kind === 'person' ? { jobTitle: actor.role } : {}),
    ...(sameAs ? { sameAs } : {}),
  }
}

/**
 * Builds the schema.org description of an actor page: a Person, Organization or Place with its other names and,
 * where its Wikidata item is known, `sameAs` that item.
 * @example buildActorJsonLd(actor, 'https://whosaid.example').sameAs // 'https://www.wikidata.org/entity/Q22686'
 */
export function buildActorJsonLd(actor: ActorSummary, origin: string): JsonLd {
  const others = alsoWritten(actor)
  const sameAs = wikidataHref(actor.wikidata)
  return {
    '@context': 'https://schema.org',
    '@type': SCHEMA_TYPES[actor.kind],
    '@id': `${origin}${actorHref(actor.id)}`,
    url: `${origin}${actorHref(actor.id)}`,
    name: actor.name,
    ...(others.length ? { alternateName: others } : {}),
    ...(actor.role && actor.kind === 'person' ? { jobTitle: actor.role } : {}),
    ...(sameAs ? { sameAs } : {}),
  }
}

/**
 * Serializes JSON-LD for a `<script type="application/ld+json">`: `<`, `>` and `&` become escapes so
 * text such as `</script>` inside an article cannot end the script element.
 * @example serializeJsonLd({ text: '</script>' }) // '{"text":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
