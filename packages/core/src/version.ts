/** The extractor's name and version, recorded in every Analysis; bump the version when output changes. */
export const EXTRACTOR = { name: 'whosaid', version: '0.1.0' } as const
