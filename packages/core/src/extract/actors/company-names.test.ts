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
  ])('%s', (text, actors) => {
    expect(actorsIn(text)).toEqual(actors)
  })
})
