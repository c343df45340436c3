import { describe, expect, it } from 'vitest'
import { actorsIn } from './actors-in.fixture.ts'
import { companyNamesOf } from './company-names.ts'

describe('companyNamesOf', () => {
  it.each([
    ['Vellcor Corp', ['Vellcor'], 'Vellcor'],
    ['Quorvex Inc.', ['Quorvex'], 'Quorvex'],
    ['Quorvex.com Inc.', ['Quorvex'], 'Quorvex'],
    ['Amnesty', ['Amnesty International'], 'Amnesty International'],
    ['Vellcor', ['Vellcor Group PLC'], 'Vellcor Group PLC'],
    // A name the article writes one way keeps it.
    ['Vellcor Corp', [], 'Vellcor Corp'],
    ['Quorvex.com Inc.', [], 'Quorvex.com Inc.'],
    // ".com" stays where the article never names the firm bare; two longer names leave the short one alone.
    ['Orlin.com', [], 'Orlin.com'],
    ['Vellcor', ['Vellcor Group', 'Vellcor Holdings'], 'Vellcor'],
    // Not every last word is a legal form.
    ['Orlin Trust', [], 'Orlin Trust'],
    ['Vellcor Motor Co', [], 'Vellcor Motor Co'],
    // The trade a firm adds to its name, after one word or several.
    ['Tarrow', ['Tarrow Networks'], 'Tarrow Networks'],
    ['Quill', ['Quill Airlines'], 'Quill Airlines'],
    ['Kemble Electric', ['Kemble Electric Power'], 'Kemble Electric Power'],
    ['Dunmore', ['Dunmore Brothers'], 'Dunmore Brothers'],
    // A unit of a firm is no trade, two trades leave the short name alone, and a trade only counts at the end.
    ['Tarrow', ['Tarrow Media'], 'Tarrow'],
    ['Tarrow', ['Tarrow Radio'], 'Tarrow'],
    ['Quill', ['Quill Airlines', 'Quill Software'], 'Quill'],
    ['Kemble', ['Kemble Power Station'], 'Kemble'],
  ])('%s among %j → %s', (name, names, expected) => {
    expect(companyNamesOf([name, ...names])(name)).toBe(expected)
  })
})

describe('one organization whether or not the article writes its legal form', () => {
  it.each([
    [
      'Vellcor Corp said on Monday it would cut jobs. Vellcor will close two plants.',
      ['organization:Vellcor Corp'],
    ],
    [
      'Quorvex.com Inc. said sales rose. Analysts said Quorvex would hire more staff.',
      ['organization:Quorvex.com Inc.'],
    ],
    [
      'Both Amnesty and Human Rights Watch condemned it. Amnesty International said it was shocked.',
      ['organization:Amnesty International', 'organization:Human Rights Watch'],
    ],
    [
      'Kemble Electric Power, which runs two dams, said profits rose. Kemble Electric plans a third dam.',
      ['organization:Kemble Electric Power'],
    ],
    [
      'Dunmore Brothers made a loss last year. A spokesman for Dunmore said the firm would recover.',
      ['organization:Dunmore Brothers'],
    ],
    // A unit of a firm stays apart from the firm.
    [
      'Orlin Media bought the channel. Orlin, the parent firm, said it was pleased.',
      ['organization:Orlin Media', 'organization:Orlin'],
    ],
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })
})
