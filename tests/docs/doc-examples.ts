// Finding the examples of a README that show their output. Two kinds are found without being asked:
//   - a shell session: a ```sh block whose lines start with `$ ` for commands, the lines after each command
//     being what it prints;
// and the rest by a `<!-- doc-test: … -->` comment on the line before a fenced block (invisible on GitHub):
//   - `<!-- doc-test: file NAME -->`   the block is a file the README's commands read (written as NAME);
//   - `<!-- doc-test: run -->`         a ```ts block whose code the README's expressions run after;
//   - `<!-- doc-test: json EXPR -->`   the block shows EXPR's value as JSON (abridged with `…`);
//   - `<!-- doc-test: text EXPR -->`   the block shows the string EXPR gives (abridged with `…`);
//   - `<!-- doc-test: summary FILE -->` the block shows `summarizeAnalysis` of FILE's analysis (see summary.ts);
//   - `<!-- doc-test: comments -->`    a ```ts block run on its own, whose `// NAME: VALUE` comments show values
//                                      (JavaScript literals, abridged with `…`; `//   ` lines continue one).

/** A fenced block of a README and the doc-test comment before it, if any. */
export interface FencedBlock {
  /** 1-based line of the opening fence. */
  line: number
  lang: string
  code: string
  directive: string | undefined
}

/** One command of a shell session and what the README shows it prints. */
export interface ShellStep {
  command: string
  shown: string
}

/** An example whose output a README shows. */
export type DocExample =
  | { kind: 'shell'; line: number; steps: ShellStep[] }
  | { kind: 'json' | 'text'; line: number; expression: string; shown: string }
  | { kind: 'summary'; line: number; file: string; shown: string }
  | { kind: 'comments'; line: number; code: string; checks: { expression: string; shown: string }[] }

/** What a README's examples need: the files they read, the code they run, the examples themselves. */
export interface DocExamples {
  files: Map<string, string>
  code: string[]
  examples: DocExample[]
}

const FENCE = '```'
const DIRECTIVE_START = '<!-- doc-test:'
const DIRECTIVE_END = '-->'

/**
 * The fenced blocks of a Markdown text, each with the doc-test directive on the line before it.
 * @example readFencedBlocks('<!-- doc-test: run -->\n```ts\n1\n```')[0]?.directive // 'run'
 */
export function readFencedBlocks(markdown: string): FencedBlock[] {
  const lines = markdown.split('\n')
  const blocks: FencedBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i] ?? ''
    if (!open.startsWith(FENCE)) continue
    const lang = open.slice(FENCE.length).trim()
    const body: string[] = []
    let j = i + 1
    while (j < lines.length && !(lines[j] ?? '').startsWith(FENCE)) body.push(lines[j++] ?? '')
    const before = (lines[i - 1] ?? '').trim()
    const directive =
      before.startsWith(DIRECTIVE_START) && before.endsWith(DIRECTIVE_END)
        ? before.slice(DIRECTIVE_START.length, -DIRECTIVE_END.length).trim()
        : undefined
    blocks.push({ line: i + 1, lang, code: body.join('\n'), directive })
    i = j
  }
  return blocks
}

/**
 * The examples of a README that show output, with the files and code they need.
 * Throws on a doc-test directive it does not know, so that a typo cannot turn a test off.
 */
export function readDocExamples(markdown: string): DocExamples {
  const files = new Map<string, string>()
  const code: string[] = []
  const examples: DocExample[] = []
  for (const block of readFencedBlocks(markdown)) {
    const [verb = '', ...rest] = (block.directive ?? '').split(' ')
    const argument = rest.join(' ').trim()
    if (block.directive === undefined) {
      if (block.lang === 'sh' && block.code.startsWith('$ ')) {
        examples.push({ kind: 'shell', line: block.line, steps: readSession(block.code) })
      }
    } else if (verb === 'file') files.set(argument, `${block.code}\n`)
    else if (verb === 'run') code.push(block.code)
    else if (verb === 'json' || verb === 'text') {
      examples.push({ kind: verb, line: block.line, expression: argument, shown: block.code })
    } else if (verb === 'comments') {
      examples.push({
        kind: 'comments',
        line: block.line,
        code: block.code,
        checks: readComments(block.code),
      })
    } else if (verb === 'summary')
      examples.push({ kind: 'summary', line: block.line, file: argument, shown: block.code })
    else throw new Error(`line ${block.line}: unknown doc-test directive "${block.directive}"`)
  }
  return { files, code, examples }
}

/** The commands of a shell session and the lines each prints. */
function readSession(code: string): ShellStep[] {
  const steps: ShellStep[] = []
  for (const line of code.split('\n')) {
    if (line.startsWith('$ ')) steps.push({ command: line.slice(2).trim(), shown: '' })
    else {
      const step = steps.at(-1)
      if (step) step.shown += `${line}\n`
    }
  }
  return steps
}

/** The `// NAME: VALUE` comments of a code block, a VALUE continued on `//` lines indented further. */
function readComments(code: string): { expression: string; shown: string }[] {
  const checks: { expression: string; shown: string }[] = []
  for (const line of code.split('\n')) {
    const comment = line.trimStart()
    if (!comment.startsWith('// ')) continue
    const body = comment.slice(3)
    const colon = body.indexOf(':')
    const name = colon > 0 ? body.slice(0, colon) : ''
    const check = checks.at(-1)
    if (/^[A-Za-z_$][\w$.]*$/.test(name) && !body.startsWith(' ')) {
      checks.push({ expression: name, shown: body.slice(colon + 1).trim() })
    } else if (check && body.startsWith(' ')) check.shown += ` ${body.trim()}`
  }
  return checks
}
