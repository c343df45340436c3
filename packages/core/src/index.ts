export { analyze } from './analyze.ts'
export { polarityToward, type TargetPolarity } from './extract/polarity/polarity-toward.ts'
export * from './io.ts'
export { SECTION_CHARS } from './parse/sections.ts'
