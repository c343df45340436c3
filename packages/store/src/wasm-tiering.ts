import { setFlagsFromString } from 'node:v8'

/**
 * The V8 flag that keeps every WebAssembly function on its baseline (Liftoff) code: tier-up to the optimizing
 * compiler is allowed only for a function index no module has.
 *
 * PGlite's module holds PostgreSQL's SQL parser as one 105 kB function (`raw_parser`, with bison's parser inlined).
 * Parsing enough SQL (creating a store, or the multi-row inserts of a long article) makes it hot, and optimizing
 * it takes V8 a 600 MB compilation zone and 12 to 28 s of a core in the background: a fresh store's open peaked at
 * 1.21 GB instead of 0.78, an ingest of 500 BBC articles at 1.35 GB instead of 0.88, and the process waited for
 * that compilation to end before it could exit. Liftoff code is slower, but the embedded store spends little of
 * an ingest in it: the same ingest took 107 s with the flag and 106 s without (medians of 4, a busy machine).
 *
 * `--liftoff-only` would say the same, but V8 reads it only at start-up; this filter is read at each tier-up, so
 * setting it at run time, before PGlite loads, is enough. It is the process's: any other WebAssembly the process
 * runs stays on baseline code too.
 */
export const BASELINE_WASM_FLAG = `--wasm-tier-up-filter=${2 ** 31 - 1}`

/**
 * Keeps the process's WebAssembly on baseline code (see BASELINE_WASM_FLAG); `set` is V8's flag setter, given
 * in tests.
 * @example keepWasmOnBaseline() // before PGlite.create
 */
export function keepWasmOnBaseline(set: (flags: string) => void = setFlagsFromString): void {
  set(BASELINE_WASM_FLAG)
}
