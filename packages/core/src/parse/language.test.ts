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
})
