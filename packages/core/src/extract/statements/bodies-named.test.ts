import { describe, expect, it } from 'vitest'
import { parseArticle } from '../../parse/index.ts'
import type { Actor } from '../../schemas/actor.ts'
import { buildAnchors } from './anchors.ts'
import { buildDiscourse } from './antecedents.ts'
import { onlyBodyNamed } from './bodies-named.ts'

/** An organization named by `name` wherever the text holds it. */
function body(text: string, id: Actor['id'], name: string): Actor {
  const mentions = [...text.matchAll(new RegExp(name, 'g'))].map((m) => ({
    start: m.index,
    end: m.index + name.length,
  }))
  return { id, name, kind: 'organization', aliases: [], mentions }
}

const FARM = 'organization:farm-committee'
const ROAD = 'organization:road-committee'

describe('onlyBodyNamed', () => {
  it.each([
    ['the one body of that head', 'The Farm Committee met. The committee said so.', 'committee', FARM],
    [
      'the same body named twice',
      'The Farm Committee met. The Farm Committee spoke. The committee said so.',
      'committee',
      FARM,
    ],
    [
      'two bodies of that head',
      'The Farm Committee met the Road Committee. The committee said so.',
      'committee',
      undefined,
    ],
    [
      'a second body named after',
      'The Farm Committee met. The committee said so. The Road Committee agreed.',
      'committee',
      FARM,
    ],
    ['none named before', 'The committee said so. The Farm Committee agreed.', 'committee', undefined],
    ['none of that head', 'The Farm Committee met. The council said so.', 'council', undefined],
  ])('%s', (_, text, head, expected) => {
    const actors = [body(text, FARM, 'Farm Committee'), body(text, ROAD, 'Road Committee')]
    const discourse = buildDiscourse(parseArticle(text), buildAnchors(actors), actors)
    expect(onlyBodyNamed(discourse, head, text.lastIndexOf(`The ${head}`))).toBe(expected)
  })
})
