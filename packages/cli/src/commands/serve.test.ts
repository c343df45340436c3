import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli } from '../testing/run-cli.ts'
import { API_NODE_FLAGS, apiStartScript, parsePort } from './serve.ts'

describe('whosaid serve', () => {
  it("finds the API's start script as a dependency, not by a path in this repository", () => {
    const script = apiStartScript()
    expect(existsSync(script)).toBe(true)
    expect(script.endsWith(join('src', 'start.ts'))).toBe(true)
  })

  it("gives Node the flags of the API's own start script", () => {
    const { scripts } = JSON.parse(
      readFileSync(join(dirname(apiStartScript()), '..', 'package.json'), 'utf8'),
    )
    for (const flag of API_NODE_FLAGS) expect(scripts.start).toContain(flag)
  })

  it.each(['0', '8787', '65535'])('takes --port %s', (port) => {
    expect(parsePort(port)).toBe(port)
  })

  it.each(['', 'abc', '-1', '65536', '80.5', '123456'])(
    'refuses --port %j with a usage error',
    async (port) => {
      const { code, stderr } = await runCli(['serve', `--port=${port}`])
      expect(code).toBe(2)
      expect(stderr).toBe(`whosaid: --port takes a whole number from 0 to 65535, not "${port}"\n`)
    },
  )
})
