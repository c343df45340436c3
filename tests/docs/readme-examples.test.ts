// Doc tests: every README example that shows its output is run, and the output shown is compared with the real
// one (see doc-examples.ts for how examples are found, doc-match.ts for how `…` abridges). A change that alters an
// example's output fails here until the README shows the new output.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import * as core from '@whosaid/core'
import * as schemas from '@whosaid/core/schemas'
import { transform } from 'esbuild'
import { afterAll, describe, expect, it } from 'vitest'
import { type DocExample, readDocExamples } from './doc-examples.ts'
import { diffJson, matchText, parseAbridgedJson, parseAbridgedLiteral } from './doc-match.ts'
import { summarizeAnalysis } from './summary.ts'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))
const BIN = join(ROOT, 'packages/cli/bin/whosaid.js')
const run = promisify(execFile)

/** The READMEs whose examples are checked. */
const READMES = [
  'README.md',
  'packages/core/README.md',
  'packages/cli/README.md',
  'packages/store/README.md',
  'apps/api/README.md',
  'apps/site/README.md',
]

/**
 * Examples known to differ from the code, each with why. They run as `it.fails`: when one starts to pass, the
 * test fails, and its line here goes.
 */
const KNOWN_FAILING = new Map<string, string>([
  // ['packages/core/README.md json analysis', 'why the README and the code differ, and who is fixing it'],
])

/** The modules a README's TypeScript may import. */
const MODULES: Record<string, Record<string, unknown>> = {
  '@whosaid/core': core,
  '@whosaid/core/schemas': schemas,
}

const workDirs: string[] = []
afterAll(() => {
  for (const dir of workDirs) rmSync(dir, { recursive: true, force: true })
})

/** A folder holding a README's files and a link to seeds/, where its commands run. */
function workDir(files: Map<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'whosaid-doc-'))
  workDirs.push(dir)
  for (const [name, content] of files) writeFileSync(join(dir, name), content)
  symlinkSync(join(ROOT, 'seeds'), join(dir, 'seeds'))
  return dir
}

/** Runs `whosaid …` (or `npx whosaid …`) with this Node; any other command is refused, so none passes unseen. */
async function runCommand(command: string, cwd: string): Promise<string> {
  const words = command.split(' ').filter(Boolean)
  const args = words[0] === 'npx' ? words.slice(1) : words
  if (args[0] !== 'whosaid') throw new Error(`doc test: cannot run "${command}" (only whosaid commands)`)
  const { stdout } = await run(process.execPath, [BIN, ...args.slice(1)], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  })
  return stdout
}

const IMPORT = /^import\s+\{([^}]*)\}\s+from\s+'([^']+)'\s*;?\s*$/

/** Evaluates `expression` after a README's `run` blocks, with their imports bound to the real modules. */
async function evaluate(code: readonly string[], expression: string): Promise<unknown> {
  const bindings: string[] = []
  const body: string[] = []
  for (const line of code.join('\n').split('\n')) {
    const match = IMPORT.exec(line)
    if (!match) {
      body.push(line)
      continue
    }
    const module = match[2] ?? ''
    if (!MODULES[module]) throw new Error(`doc test: cannot import ${module}`)
    const names = (match[1] ?? '')
      .split(',')
      .map((name) => name.trim())
      .filter((name) => name && !name.startsWith('type '))
      .map((name) => name.replace(' as ', ': '))
    bindings.push(`const { ${names.join(', ')} } = modules[${JSON.stringify(module)}];`)
  }
  // Expressions may use any export of core, imported or not.
  const bound = new Set(
    bindings
      .flatMap((line) => /\{([^}]*)\}/.exec(line)?.[1]?.split(',') ?? [])
      .map((name) => (name.split(':').at(-1) ?? '').trim()),
  )
  const rest = Object.keys(core).filter((name) => !bound.has(name) && /^[A-Za-z_$][\w$]*$/.test(name))
  bindings.push(`const { ${rest.join(', ')} } = modules['@whosaid/core'];`)
  const { code: js } = await transform(`${body.join('\n')}\nreturn (${expression});`, { loader: 'ts' })
  return new Function('modules', `${bindings.join('\n')}\n${js}`)(MODULES)
}

/** Compares what a README shows with the real output: JSON as abridged JSON when both are JSON, else as text. */
function expectShown(shown: string, actual: string, where: string): void {
  const lines = actual.trimEnd().split('\n')
  const shownLines = shown.trimEnd().split('\n')
  const json = (text: string) => {
    try {
      return { value: JSON.parse(text) as unknown }
    } catch {
      return undefined
    }
  }
  const whole = json(actual)
  if (whole && /^[[{]/.test(shown.trim())) {
    expect(diffJson(parseAbridgedJson(shown), whole.value), where).toEqual([])
    return
  }
  // NDJSON: one abridged object a line.
  if (lines.length === shownLines.length && lines.every((line) => json(line) && line.startsWith('{'))) {
    const differences = shownLines.flatMap((line, i) =>
      diffJson(parseAbridgedJson(line), json(lines[i] ?? '')?.value),
    )
    expect(differences, where).toEqual([])
    return
  }
  expect(matchText(shown, actual), `${where}\n--- shown\n${shown}\n--- real\n${actual}`).toBe(true)
}

function titleOf(readme: string, example: DocExample): string {
  if (example.kind === 'shell')
    return `${readme}:${example.line} $ ${example.steps.map((step) => step.command).join('; ')}`
  if (example.kind === 'summary') return `${readme}:${example.line} summary of ${example.file}`
  if (example.kind === 'comments')
    return `${readme}:${example.line} ${example.checks.map((check) => check.expression).join(', ')}`
  return `${readme}:${example.line} ${example.kind} ${example.expression}`
}

function keyOf(readme: string, example: DocExample): string {
  if (example.kind === 'shell') return `${readme} $ ${example.steps.map((step) => step.command).join('; ')}`
  if (example.kind === 'summary') return `${readme} summary ${example.file}`
  if (example.kind === 'comments')
    return `${readme} comments ${example.checks.map((check) => check.expression).join(', ')}`
  return `${readme} ${example.kind} ${example.expression}`
}

describe.each(READMES)('%s', (readme) => {
  const { files, code, examples } = readDocExamples(readFileSync(join(ROOT, readme), 'utf8'))

  if (examples.length === 0) {
    it('shows no output to check', () => {
      expect(examples).toEqual([])
    })
  }

  for (const example of examples) {
    const known = KNOWN_FAILING.get(keyOf(readme, example))
    const test = known ? it.fails : it
    test(titleOf(readme, example), async () => {
      if (example.kind === 'shell') {
        const cwd = workDir(files)
        for (const step of example.steps) {
          expectShown(step.shown, await runCommand(step.command, cwd), `${readme}: $ ${step.command}`)
        }
      } else if (example.kind === 'comments') {
        expect(example.checks.length, 'a comments block shows at least one value').toBeGreaterThan(0)
        for (const check of example.checks) {
          const value = await evaluate([example.code], check.expression)
          expect(
            diffJson(parseAbridgedLiteral(check.shown), value),
            `${readme}: ${check.expression}`,
          ).toEqual([])
        }
      } else if (example.kind === 'summary') {
        const text = readFileSync(join(ROOT, example.file), 'utf8')
        expectShown(
          example.shown,
          summarizeAnalysis(core.analyze(text)),
          `${readme}: summary of ${example.file}`,
        )
      } else {
        const value = await evaluate(code, example.expression)
        const actual = example.kind === 'json' ? JSON.stringify(value, null, 2) : String(value)
        expectShown(example.shown, actual, `${readme}: ${example.expression}`)
      }
    }, 600_000)
  }
})

it('every known-failing example is still in its README', () => {
  const keys = READMES.flatMap((readme) =>
    readDocExamples(readFileSync(join(ROOT, readme), 'utf8')).examples.map((example) =>
      keyOf(readme, example),
    ),
  )
  for (const key of KNOWN_FAILING.keys()) expect(keys).toContain(key)
})
