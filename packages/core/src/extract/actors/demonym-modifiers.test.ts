import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import { extractActors } from './index.ts'

const idsOf = (text: string) => extractActors(parseArticle(text)).map((actor) => actor.id)

describe("a demonym before a body's one-word name and a noun", () => {
  it.each([
    // The body named alone elsewhere: the demonym goes with the noun after it.
    [
      'The talks covered the Turkish EU bid. The EU said it was glad.',
      'organization:eu',
      'organization:turkish-eu',
    ],
    [
      'Ministers backed a British Nato plan. Nato said it was glad.',
      'organization:nato',
      'organization:british-nato',
    ],
    // A word that ends the phrase after it, or no bare name elsewhere: the demonym is the body's own.
    ['The clubs met the Spanish FA on Monday. The FA said no.', 'organization:spanish-fa', 'organization:fa'],
    // A noun of the body's own people after it: the body is the demonym's.
    [
      'The Dutch KNVB chief quit. The KNVB said it was sorry.',
      'organization:dutch-knvb',
      'organization:knvb',
    ],
    ['Polish PZPN officials met. The PZPN said no.', 'organization:polish-pzpn', 'organization:pzpn'],
    ['The Russian FSB said no.', 'organization:russian-fsb', 'organization:fsb'],
  ])('%s → %s, not %s', (text, present, absent) => {
    const ids = idsOf(text)
    expect(ids).toContain(present)
    expect(ids).not.toContain(absent)
  })
})
