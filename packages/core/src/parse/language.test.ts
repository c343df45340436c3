import { describe, expect, it } from 'vitest'
import { identifyLanguage } from './language.ts'

describe('identifyLanguage', () => {
  it.each([
    ['en', 'The minister said on Tuesday that the government would not raise taxes before the election.'],
    [
      'de',
      'Die Bundesregierung hat am Mittwoch neue Regeln für die Einreise beschlossen, sagte der Sprecher.',
    ],
    [
      'fr',
      "Le ministre a déclaré mardi que le gouvernement n'augmenterait pas les impôts avant les élections.",
    ],
    ['es', 'El ministro dijo el martes que el gobierno no subiría los impuestos antes de las elecciones.'],
    ['pt', 'O ministro disse na terça-feira que o governo não vai aumentar os impostos antes das eleições.'],
    ['ru', 'Министр заявил во вторник, что правительство не будет повышать налоги до выборов.'],
    ['pl', 'Minister powiedział we wtorek, że rząd nie podniesie podatków przed wyborami parlamentarnymi.'],
    ['it', 'Il ministro ha detto martedì che il governo non aumenterà le tasse prima delle elezioni.'],
  ])('%s: %s', (language, text) => expect(identifyLanguage(text)).toBe(language))

  it.each([
    ['an empty text', ''],
    ['a few words', 'Merkel sagte'],
    ['numbers and punctuation', '12,345 — 67.8% (2020) … 9:30'],
  ])('%s is taken as English', (_, text) => expect(identifyLanguage(text)).toBe('en'))

  it('reads the start of a long text only, so a long text costs no more than its first pages', () => {
    const german = 'Die Bundesregierung hat am Mittwoch neue Regeln beschlossen, sagte der Sprecher. '
    expect(identifyLanguage(german.repeat(50) + 'The minister said so. '.repeat(5000))).toBe('de')
  })
  // A results table: names and numbers, with a few words of the page's language in its headings, which eld calls
  // unreliable. Another language well ahead of English tells; English on top stays English.
  const rows = [
    'Anton Berger',
    'Karl Vogel',
    'Jan Kowal',
    'Emil Sander',
    'Piotr Nowak',
    'Hans Weber',
    'Tomas Lenz',
  ]
    .map((name, i) => `${name[0]}. ${name.split(' ')[1]} ${name}\n\n${i % 3}\n\n${(i + 1) % 4}\n\n`)
    .join('')
  it.each([
    ['pl', `Nr\n\nZawodnik\n\n1\n\n2\n\n3\n\nSuma\n\n${rows}Bieg\n\nDrużyna\n\nPunkty`],
    ['en', `No\n\nRider\n\n1\n\n2\n\n3\n\nTotal\n\n${rows}Heat\n\nTeam\n\nPoints`],
  ])('a table of results in %s', (language, text) => expect(identifyLanguage(text)).toBe(language))

  it.each([
    [
      'de',
      'Die Bundesregierung hat am Mittwoch neue Regeln für die Einreise beschlossen, sagte der Sprecher.',
    ],
    ['en', 'The minister said on Tuesday that the government would not raise taxes before the election.'],
  ])('a body too short to tell is told by the whole text (%s)', (language, rest) =>
    expect(identifyLanguage('Jetzt bestellen!', `Jetzt bestellen!\n\n${rest}`)).toBe(language),
  )
})
