// Scores the actors stage on a CoNLL-2003 file and/or a CrossNER file (its types mapped to PER/ORG/LOC/MISC as its
// README says): exact PER/ORG/LOC chunks as conlleval counts them, MISC left out of gold and predictions. Two rows
// per file: the tagger alone, and the whole actors stage (kinds mapped back: person → PER, organization and group →
// ORG, country and location → LOC).
// Usage: npm run eval:actors -- --conll ../shared/data/conll2003/valid.txt
//        npm run eval:actors -- --crossner ../shared/data/crossner-politics/dev.txt
import { resolve } from 'node:path'
import { extractActors } from '../src/extract/actors/index.ts'
import { loadGazetteer } from '../src/extract/actors/tagger/lexicon.ts'
import { loadTagger } from '../src/extract/actors/tagger/load-tagger.ts'
import { tagDocument } from '../src/extract/actors/tagger/tag-document.ts'
import { TAGS } from '../src/extract/actors/tagger/tags.ts'
import type { ParsedArticle, Token } from '../src/parse/document.ts'
import { numberWords } from '../src/parse/word-numbers.ts'
import type { ActorKind } from '../src/schemas/actor.ts'
import { addToScore, type ChunkScore, type ConllDocument, newScore, prf, readConll } from './conll.ts'
import { readCrossner } from './crossner.ts'

const TYPES = ['PER', 'ORG', 'LOC']
const TYPE_OF_KIND: Record<ActorKind, string> = {
  person: 'PER',
  organization: 'ORG',
  group: 'ORG',
  country: 'LOC',
  location: 'LOC',
}

/** A CoNLL document as a parsed article: tokens joined by spaces, one paragraph per sentence, no title. */
function toParsedArticle(document: ConllDocument): ParsedArticle {
  const tokens: Token[] = []
  const sentences: ParsedArticle['sentences'] = []
  const paragraphs: ParsedArticle['paragraphs'] = []
  let text = ''
  document.forEach((sentence, s) => {
    const firstToken = tokens.length
    const start = text.length
    for (const word of sentence.tokens) {
      if (text.length > start) text += ' '
      tokens.push({ start: text.length, end: text.length + word.length, text: word })
      text += word
    }
    sentences.push({ start, end: text.length, firstToken, lastToken: tokens.length, paragraph: s })
    paragraphs.push({ start, end: text.length })
    text += '\n\n'
  })
  const body = { start: 0, end: text.length }
  return {
    text,
    view: text,
    title: null,
    dateline: null,
    datelinePlace: null,
    body,
    paragraphs,
    sentences,
    tokens,
    words: numberWords(tokens),
  }
}

/** Tags from the actors stage: each mention span becomes a chunk of its kind's type. */
function actorTags(document: ConllDocument): string[][] {
  const parsed = toParsedArticle(document)
  const tags = parsed.tokens.map(() => 'O')
  const tokenAt = new Map(parsed.tokens.map((t, i) => [t.start, i]))
  const tokenEnding = new Map(parsed.tokens.map((t, i) => [t.end, i]))
  for (const actor of extractActors(parsed)) {
    for (const mention of actor.mentions) {
      const first = tokenAt.get(mention.start)
      const last = tokenEnding.get(mention.end)
      if (first === undefined || last === undefined) continue
      for (let k = first; k <= last; k++) tags[k] = `${k === first ? 'B' : 'I'}-${TYPE_OF_KIND[actor.kind]}`
    }
  }
  return parsed.sentences.map((s) => tags.slice(s.firstToken, s.lastToken))
}

function report(label: string, score: ChunkScore): void {
  console.log(`\n${label}`)
  console.log('type      P       R       F1      gold')
  for (const type of [...TYPES, undefined]) {
    const { p, r, f, gold } = prf(score, type)
    const pct = (x: number) => (x * 100).toFixed(2).padStart(6)
    console.log(
      `${(type ?? 'overall').padEnd(8)} ${pct(p)}  ${pct(r)}  ${pct(f)}  ${String(gold).padStart(6)}`,
    )
  }
}

/** Scores the tagger alone and the whole actors stage on documents, and prints both tables. */
function evaluateFile(path: string, documents: ConllDocument[]): void {
  const started = performance.now()
  const tagger = newScore()
  const stage = newScore()
  const model = loadTagger()
  const gazetteer = loadGazetteer()
  for (const document of documents) {
    const tagged = tagDocument(
      model,
      gazetteer,
      document.map((s) => s.tokens),
    )
    const fromActors = actorTags(document)
    document.forEach((sentence, s) => {
      addToScore(
        tagger,
        sentence.tags,
        Array.from(tagged[s] as Uint8Array, (t) => TAGS[t] as string),
        TYPES,
      )
      addToScore(stage, sentence.tags, fromActors[s] as string[], TYPES)
    })
  }
  const sentences = documents.reduce((n, d) => n + d.length, 0)
  console.log(
    `${path}: ${documents.length} documents, ${sentences} sentences (${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )
  report('tagger (given tokens, PER/ORG/LOC, MISC left out)', tagger)
  report('actors stage (kinds mapped to PER/ORG/LOC)', stage)
}

const argument = (name: string) => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const conll = argument('conll')
const crossner = argument('crossner')
if (!conll && !crossner) {
  console.error('usage: eval-actors [--conll PATH (a CoNLL-2003 file)] [--crossner PATH (a CrossNER file)]')
  process.exit(2)
}
const cwd = process.env.INIT_CWD ?? process.cwd()
if (conll) evaluateFile(conll, readConll(resolve(cwd, conll)))
if (crossner) {
  if (conll) console.log('')
  evaluateFile(crossner, readCrossner(resolve(cwd, crossner)))
}
