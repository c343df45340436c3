import type { ParsedArticle } from '../../parse/document.ts'
import type { Actor } from '../../schemas/actor.ts'
import type { Statement } from '../../schemas/statement.ts'
import { buildAnchors } from './anchors.ts'
import { appositivePair } from './appositive-source.ts'
import { asByContent } from './as-by-cues.ts'
import { assembleDraft, type StatementDraft } from './assemble.ts'
import { dropAuthorVoice } from './author-voice.ts'
import { releaseClaimedQuotes } from './claimed-quotes.ts'
import { colonBlock } from './colon-block.ts'
import { nameBetweenCommas } from './comma-name.ts'
import { findContent } from './content.ts'
import { fromClauseAfterHearer } from './content-after-hearer.ts'
import { cueDescription } from './content-candidates.ts'
import { throughDanglingEnd } from './content-dangling-end.ts'
import { throughSecondConjunct } from './content-second-conjunct.ts'
import { throughVerblessSubject } from './content-verbless-subject.ts'
import { buildContext, type StatementContext } from './context.ts'
import { joinContinuedParts } from './continued-parts.ts'
import { continueQuotes } from './continued-quotes.ts'
import { criticismContent } from './criticism-cues.ts'
import type { Cue } from './cue.ts'
import { findCues } from './cues.ts'
import { namedBeforeDashes } from './dashed-apposition.ts'
import { forHeadsContent } from './for-after-cue.ts'
import { settleFronted } from './fronted.ts'
import { groupAsSource } from './group-aside.ts'
import { headlineArticle, withinHeadline } from './headline.ts'
import { throughCoordinatedInfinitive } from './infinitive-coordination.ts'
import { dropInsideEarlierContent } from './inside-earlier.ts'
import { closesSubjectAppositive, closesSubjectWhoClause, invertedBy } from './inversion.ts'
import { fromSentenceStart } from './inverted-start.ts'
import { findLayoutStatements } from './layout.ts'
import { throughList } from './list-run.ts'
import { type StatementsModel, shippedModel } from './model.ts'
import { namedAsideSource } from './named-aside.ts'
import { resolveNesting } from './nesting.ts'
import { ofHeadsContent } from './of-after-cue.ts'
import { endBeforeOwnReport } from './own-report.ts'
import { pollContent } from './poll-cues.ts'
import { ownerSource } from './possessed-position.ts'
import { dropPullQuotes } from './pull-quote.ts'
import { putItContent, putItSource } from './put-it.ts'
import { endAtQuoteClose } from './quote-close.ts'
import { fromQuoteOpen } from './quote-open.ts'
import { resumeQuoteAfterCue } from './quote-resumed.ts'
import { runToQuoteClose } from './quote-run.ts'
import { speakerFromNextQuote } from './quote-run-named-after.ts'
import { continueAfterWriter } from './quotes-after-writer.ts'
import { splitAtAside } from './rest-after-aside.ts'
import { ruledOutContent } from './ruled-out.ts'
import { findSource } from './source.ts'
import { resolveSpeakers } from './speakers.ts'
import { cutAtOwnCue, isSpoken, reportsWords } from './spoken.ts'
import { dropSpurious } from './spurious.ts'
import { attachStance } from './stance.ts'
import { toStatement } from './statement.ts'
import { cueWindow } from './windows.ts'

/**
 * Which reports count: 'spoken' keeps what a reader counts as a statement (said, written, found, "according to");
 * 'all' keeps every attribution the cue tagger finds, beliefs, plans and actions too, as PolNeAR annotates them.
 */
export type StatementReach = 'spoken' | 'all'

/**
 * Finds reported statements: cues (learned tagger, layout, rules) → spans (content, then source) → spoken only →
 * nesting → speakers (the actors named in each source) → stance.
 * @example extractStatements(parseArticle('"We will not tolerate it," Ryabkov said.'), actors)[0]?.mode // 'direct'
 */
export function extractStatements(
  parsed: ParsedArticle,
  actors: readonly Actor[],
  model = shippedModel(),
  reach: StatementReach = 'spoken',
): Statement[] {
  const anchors = buildAnchors(actors)
  const context = buildContext(parsed)
  const found = [...headlineDrafts(parsed, model, reach), ...draftsIn(context, model, reach)].map(toStatement)
  const resolved = endBeforeOwnReport(parsed.view, resolveSpeakers(parsed, found, anchors, actors))
  const spoken = reach === 'spoken' ? dropAuthorVoice(parsed, resolved) : resolved
  const split = reach === 'spoken' ? splitAtAside(context, spoken) : spoken
  const continued = speakerFromNextQuote(
    continueAfterWriter(context, continueQuotes(context, split), actors),
    parsed.view,
  )
  const quoted = reach === 'all' ? joinContinuedParts(continued) : continued
  return attachStance(parsed, reach === 'spoken' ? dropPullQuotes(parsed, quoted) : quoted, anchors, actors)
}

/** The statements of an article as token places and spans, before speakers and stance. */
export function findDrafts(
  parsed: ParsedArticle,
  model: StatementsModel,
  reach: StatementReach = 'spoken',
): StatementDraft[] {
  return draftsIn(buildContext(parsed), model, reach)
}

/**
 * The attributions of the headline, read as a sentence of its own (see `headline.ts`), for reach 'all' only: PolNeAR
 * annotates "Sanders: Clinton needs to …" and "Flynn says …", but a reader's list of statements leaves a headline
 * out (its claim comes again in the body, with its speaker; the BBC gold set counts none).
 */
function headlineDrafts(
  parsed: ParsedArticle,
  model: StatementsModel,
  reach: StatementReach,
): StatementDraft[] {
  const headline = reach === 'all' ? headlineArticle(parsed) : null
  if (!headline) return []
  return draftsIn(buildContext(headline), model, reach).filter((draft) => withinHeadline(parsed, draft))
}

function draftsIn(
  context: StatementContext,
  model: StatementsModel,
  reach: StatementReach,
): StatementDraft[] {
  const drafts = findLayoutStatements(context)
  const taken = new Set(drafts.map((draft) => draft.cue.start))
  for (const cue of findCues(context, model)) {
    if (taken.has(cue.start)) continue
    const draft = draftForCue(context, model, cue)
    if (draft) drafts.push(draft)
  }
  const counts = reach === 'all' ? () => true : (draft: StatementDraft) => isSpoken(context, draft)
  const alone = reach === 'all' ? () => false : (draft: StatementDraft) => reportsWords(context, draft)
  const nested = resolveNesting(context, settleFronted(context, drafts), counts, alone)
  const settled = releaseClaimedQuotes(context, reach === 'all' ? dropInsideEarlierContent(nested) : nested)
  return dropSpurious(
    context,
    reach === 'all' ? settled : settled.map((d) => cutAtOwnCue(context, d)).filter(counts),
    reach === 'spoken',
  )
}

/**
 * The statement a cue introduces: its best content (after, before or around the cue; an inverted "…, said Batchelder."
 * takes its content from before the cue; a quote closed on a comma before the cue ends it), then the best source
 * that does not cross it; null when the cue's window holds no words.
 */
export function draftForCue(
  context: StatementContext,
  model: StatementsModel,
  cue: Cue,
): StatementDraft | null {
  const window = cueWindow(context, cue)
  const description = cueDescription(context, cue, window)
  const inversion = invertedBy(context, cue, window)
  const sides =
    inversion === 'around'
      ? BEFORE_THE_CUE
      : inversion === 'before'
        ? ONLY_BEFORE
        : closesSubjectWhoClause(context, cue) ||
            closesSubjectAppositive(context, cue) ||
            ofHeadsContent(context, cue) ||
            forHeadsContent(context, cue)
          ? ONLY_AFTER
          : undefined
  const ranked =
    criticismContent(context, cue) ??
    ruledOutContent(context, cue) ??
    pollContent(context, cue) ??
    putItContent(context, cue) ??
    asByContent(context, cue) ??
    findContent(context, model, cue, window, description, sides)
  if (!ranked) return null
  const found = colonBlock(context, cue, ranked)
  const quoted = fromClauseAfterHearer(
    context,
    cue,
    fromQuoteOpen(context, runToQuoteClose(context, endAtQuoteClose(context, found, cue), cue), cue),
  )
  const content = throughCoordinatedInfinitive(
    context,
    cue,
    throughSecondConjunct(
      context,
      cue,
      throughVerblessSubject(
        context,
        cue,
        throughDanglingEnd(
          context,
          cue,
          throughList(
            context,
            cue,
            resumeQuoteAfterCue(context, fromSentenceStart(context, cue, quoted, inversion !== null), cue),
          ),
        ),
      ),
    ),
  )
  const pair = appositivePair(context, cue, content)
  if (pair) return assembleDraft(context, cue, pair.content, pair.source)
  return assembleDraft(
    context,
    cue,
    content,
    namedAsideSource(
      context,
      cue,
      content,
      groupAsSource(
        context,
        cue,
        content,
        nameBetweenCommas(
          context,
          cue,
          namedBeforeDashes(
            context,
            cue,
            putItSource(
              context,
              cue,
              ownerSource(context, cue, findSource(context, model, cue, window, description, content).place),
            ),
          ),
        ),
      ),
    ),
  )
}

const BEFORE_THE_CUE: ReadonlySet<string> = new Set(['before', 'around'])
// A speaker described in common nouns after the cue ends what was said: "…, says a study."
const ONLY_BEFORE: ReadonlySet<string> = new Set(['before'])
// A cue after a "who" clause set off after the subject: "Tom Reed, who ran the club, said Ann Lee was right."
const ONLY_AFTER: ReadonlySet<string> = new Set(['after'])
