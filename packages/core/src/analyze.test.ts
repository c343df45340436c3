import { describe, expect, it } from 'vitest'
import { analyze } from './analyze.ts'

describe('analyze: the article language', () => {
  it.each([
    [
      'en',
      'Minister backs plan\n\nThe Prime Minister, Jane Holt, said on Monday that the plan would go ahead. "We will not wait," she told reporters.',
    ],
    [
      'de',
      'Ministerin stützt Plan\n\nDie Ministerin Jane Holt sagte am Montag, der Plan werde umgesetzt. "Wir warten nicht", sagte sie vor Journalisten in Berlin.',
    ],
    [
      'pt',
      'Ministra apoia plano\n\nA ministra Jane Holt disse na segunda-feira que o plano vai avançar. "Não vamos esperar", disse ela aos jornalistas em Lisboa.',
    ],
    [
      'ru',
      'Министр поддержала план\n\nМинистр Джейн Холт заявила в понедельник, что план будет выполнен. «Мы не будем ждать», сказала она журналистам в Москве.',
    ],
  ])('%s', (language, text) => {
    const analysis = analyze(text)
    expect(analysis.article.language).toBe(language)
    if (language === 'en') {
      expect(analysis.statements.length).toBeGreaterThan(0)
    } else {
      // whosaid's extractors read English: in another language they find nothing rather than invent.
      expect(analysis.actors).toEqual([])
      expect(analysis.statements).toEqual([])
      expect(analysis.relations).toEqual([])
    }
  })
})
