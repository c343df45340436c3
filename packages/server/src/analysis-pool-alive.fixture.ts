// Run as a process of its own by analysis-pool.test.ts: one long analysis (sent in parts) on a pool that is never
// closed, with nothing else to keep the process alive. It must print the statements' count and exit 0: a thread
// at work keeps the process alive until every part is in, and an idle one lets it end.
import { ITEMS_PER_PART } from './analysis-parts.ts'
import { createAnalysisPool } from './analysis-pool.ts'

const text = Array.from(
  { length: 1_200 },
  (_, i) => `Ann Lee said on day ${i} that the plan for district ${i} would work.`,
).join('\n\n')
const analysis = await createAnalysisPool({ threads: 1 }).analyze(text)
if (analysis.statements.length <= 4 * ITEMS_PER_PART) throw new Error('the analysis was not sent in parts')
console.log(`statements ${analysis.statements.length}`)
