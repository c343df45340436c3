export { analyze } from './analyze.ts'
export { polarityToward, type TargetPolarity } from './extract/polarity/polarity-toward.ts'
export * from './io.ts'
