import { analyze } from '../../analyze.ts'

/**
 * The cues analyze finds in a text, as written, for the tables of the statement rules' tests (left out of the build).
 * @example foundCues('Ms Quill said it rained.') // ['said']
 */
export const foundCues = (text: string): string[] =>
  analyze(text).statements.map((statement) =>
    statement.cue ? text.slice(statement.cue.start, statement.cue.end) : '',
  )
