import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const idsOf = (text: string) => extractActors(parseArticle(text)).map((a) => a.id)

describe('a name given shares, profits, a board or a chief executive is a business', () => {
  it.each([
    ["Hollister's shares fell 5%. Hollister said sales were weak.", 'organization:hollister'],
    ["Garrow's chief executive Ann Pell quit.", 'organization:garrow'],
    ["Merrow's biggest shareholder wants a sale.", 'organization:merrow'],
    ["Fennick's board rejected the offer. Fennick said it was too low.", 'organization:fennick'],
    ["Kellaway's pre-tax profits rose. Kellaway said demand was strong.", 'organization:kellaway'],
    // One name, one kind: the tagger's place in "Shares in Brannock" is the business too.
    ["Shares in Brannock rose. Brannock's chairman Tom Reed was pleased.", 'organization:brannock'],
    // Shares in a name, or a stake in it, make it a business, even where it speaks.
    ['Shares in Tolliver rose 5%. Tolliver said it had sold a plant.', 'organization:tolliver'],
    [
      'Orlin bought a 20% stake in Quennell. Quennell said the deal would help it grow.',
      'organization:quennell',
    ],
    // A founder, customers, operations: only a business has them.
    ["Marrick's founder left last year. Marrick said it would hire.", 'organization:marrick'],
    ["Dallow's operations in Asia grew. Dallow said it was pleased.", 'organization:dallow'],
    // A business's post between its name and its holder's full name.
    ['Hollick chief executive Ann Pell quit. Hollick said sales were weak.', 'organization:hollick'],
    [
      'Talbury founder Ivo Lant said the site was popular. Talbury said it had two million users.',
      'organization:talbury',
    ],
    ['Brannock boss Ivo Lant was angry. Brannock said the referee erred.', 'organization:brannock'],
  ])('%s: %s', (text, id) => {
    const ids = idsOf(text)
    expect(ids).toContain(id)
    expect(ids.filter((other) => other.endsWith(id.slice(id.indexOf(':'))))).toEqual([id])
  })

  it.each([
    // A person named in full, or after an honorific, keeps the name: people hold shares and sit on boards.
    ["Ann Pell's shares rose. Pell said she was pleased.", 'person:ann-pell'],
    ["Roy Kessing founded the firm. Kessing's shareholders backed him.", 'person:roy-kessing'],
    ["Mr Dunmore's board approved the plan.", 'person:dunmore'],
    ["Fund managers bought shares in Ann Pell's firm. Pell said she was pleased.", 'person:ann-pell'],
    // A spokesman speaks for people too.
    ['Pell spokesman Ivo Lant declined to comment. Pell said he was tired.', 'person:pell'],
  ])('%s: %s stays a person', (text, id) => {
    expect(idsOf(text)).toContain(id)
  })

  it('leaves a place after "shares in" a place', () => {
    expect(idsOf('Shares in London fell. Traders in London were nervous.')).not.toContain(
      'organization:london',
    )
  })
})
