import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const namesOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.name)

describe('a product the article only uses is no organization', () => {
  it.each([
    ['Ana Pell said that a VXT handset costs more in Velmar.', 'VXT'],
    ['Many firms are using QRX on their servers, Ana Pell said.', 'QRX'],
    ['Ana Pell said the new ZTV would cost less.', 'ZTV'],
    ['VXT owners are happy, Ana Pell said.', 'VXT'],
  ])('%s: no actor %s', (text, name) => {
    expect(namesOf(text)).not.toContain(name)
  })

  it.each([
    ['VXT owners are happy. VXT said sales rose.', 'VXT'],
    ['VXT users grew. VXT employs 300 people in Velmar.', 'VXT'],
    ["VXT users grew, said VXT's boss Ana Pell.", 'VXT'],
    ['Ana Pell said the new ZTV factory would open soon.', 'ZTV'],
    ['Ana Pell said VXT sales rose.', 'VXT'],
    ['VXT users grew, said Ana Pell, spokeswoman for VXT.', 'VXT'],
    ['Ana Pell joined the games firm VXT. VXT users grew.', 'VXT'],
    // A mention that is neither a use nor a body's: the firm may be meant, its stance with it.
    ['VXT users protested. Ana Pell criticised VXT over the outage.', 'VXT'],
    ['VXT users were angry. The regulator fined VXT for the data breach.', 'VXT'],
  ])('%s: %s stays a body', (text, name) => {
    expect(namesOf(text)).toContain(name)
  })
})
