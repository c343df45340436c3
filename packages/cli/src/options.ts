import { CliError } from './cli-error.ts'
import { DEFAULT_MAX_BYTES } from './read-text.ts'

/** Reads `--max-bytes`: a positive whole number of bytes, or the default 5 MB. */
export function parseMaxBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_BYTES
  const bytes = Number(value)
  if (!/^\d{1,15}$/.test(value) || bytes <= 0) {
    throw new CliError('usage', `--max-bytes takes a positive whole number of bytes, not "${value}"`)
  }
  return bytes
}
