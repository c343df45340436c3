// Sums the Vitest JSON reports of every workspace into one line: "N passed, N failed".
// Usage: node scripts/test-summary.mjs [exit-code-of-the-test-run]
// A run that failed without a failing test in any report (a suite that crashed before reporting) counts as one failure.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const workspaces = ['packages', 'apps'].flatMap((group) =>
  existsSync(join(root, group)) ? readdirSync(join(root, group)).map((name) => join(root, group, name)) : [],
)
workspaces.push(join(root, 'tests'))

let passed = 0
let failed = 0
let skipped = 0
for (const workspace of workspaces) {
  const report = join(workspace, '.vitest-report.json')
  if (!existsSync(report)) continue
  const json = JSON.parse(readFileSync(report, 'utf8'))
  passed += json.numPassedTests ?? 0
  failed += json.numFailedTests ?? 0
  skipped += (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0)
  const brokenFiles = (json.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  )
  failed += brokenFiles.length
  console.log(
    `${workspace.slice(root.length)}: ${json.numPassedTests ?? 0} passed, ${json.numFailedTests ?? 0} failed`,
  )
}
const exitCode = Number(process.argv[2] ?? 0)
if (exitCode !== 0 && failed === 0) failed = 1
// Skipped tests get their own line: the last line stays `N passed, N failed` alone, as CI reads it.
if (skipped) console.log(`${skipped} skipped`)
console.log(`${passed} passed, ${failed} failed`)
