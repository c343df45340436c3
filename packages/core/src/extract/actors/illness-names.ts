// Illnesses and their variants that news names by a name of their own rather than by a head noun ("Lassa Fever",
// see headed-names.ts): an acronym or a coined word the tagger takes for a body or a place ("a COVID vaccine", "the
// MERS outbreak", "Omicron BA.2 spread"). A closed class of medical names, compared in upper case.
const ILLNESS_NAMES = new Set(
  'COVID COVID-19 SARS SARS-COV-2 MERS HIV AIDS HIV/AIDS EBOLA ZIKA MRSA BSE CJD VCJD H1N1 H5N1 H7N9 OMICRON'.split(
    ' ',
  ),
)
// A variant's or a strain's code after the name ("BA.2", "19"): letters and digits with at least one digit.
const STRAIN_CODE = /^[\p{L}.-]{0,6}\d[\p{L}\d.-]{0,6}$/u

/**
 * Whether a name is an illness's own name, alone or with a strain's code: "COVID", "Covid-19", "Omicron BA.2".
 * A body named after one keeps its name ("AIDS Healthcare Foundation": a word that is neither).
 * @example isIllnessName('Omicron BA.2') // true
 */
export function isIllnessName(name: string): boolean {
  const words = name.split(' ').filter((word) => word.length > 0)
  const first = words[0]
  if (first === undefined || !ILLNESS_NAMES.has(first.toUpperCase())) return false
  return words.slice(1).every((word) => STRAIN_CODE.test(word))
}
