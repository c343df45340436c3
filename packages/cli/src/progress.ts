/** One line of progress: how many done of how many, the rate and the time left. */
export function formatProgress(done: number, total: number, seconds: number, width = 24): string {
  const fraction = total === 0 ? 1 : done / total
  const filled = Math.round(fraction * width)
  const rate = seconds > 0 ? done / seconds : 0
  const left = rate > 0 ? (total - done) / rate : Number.NaN
  const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
  return `${bar} ${done}/${total} ${rate.toFixed(1)}/s ETA ${formatSeconds(left)}`
}

/** Seconds as "1m05s", "42s" or "--" when unknown. */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--'
  const whole = Math.max(0, Math.round(seconds))
  return whole >= 60 ? `${Math.floor(whole / 60)}m${String(whole % 60).padStart(2, '0')}s` : `${whole}s`
}

/**
 * A progress bar redrawn in place on a terminal, at most ten times a second; silent when not on a terminal.
 * `note` prints a line (an error, say) above the bar without leaving a half-drawn bar behind.
 * @example const bar = progressBar(io.stderr, io.isTTY); bar.update(3, 10); bar.done()
 */
export function progressBar(write: (chunk: string) => void, isTTY: boolean, now: () => number = Date.now) {
  const started = now()
  let drawn = 0
  let line = ''
  return {
    update(done: number, total: number): void {
      if (!isTTY) return
      const time = now()
      if (done < total && time - drawn < 100) return
      drawn = time
      line = formatProgress(done, total, (time - started) / 1000)
      write(`\r${line}\u001b[K`)
    },
    note(text: string): void {
      if (isTTY) write(`\r\u001b[K${text}\n${line === '' ? '' : `${line}\u001b[K`}`)
      else write(`${text}\n`)
    },
    done(): void {
      if (isTTY) write('\r\u001b[K')
    },
  }
}
