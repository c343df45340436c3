import { describe, expect, it } from 'vitest'
import { blameLine, blameOf, type Stretch } from './slow-poll-blame.ts'

/** A stretch from `start` to `end` milliseconds. */
const ms = (start: number, end: number): Stretch => ({ startUs: start * 1000, endUs: end * 1000 })

describe('blameOf', () => {
  const poll = ms(1000, 1150)
  it.each([
    {
      given: 'a long handling with the server loop running',
      handled: [ms(1010, 1140)],
      server: [],
      client: [],
      blame: 'database',
    },
    {
      given: 'a long handling with a server stop in it',
      handled: [ms(1010, 1140)],
      server: [ms(1020, 1100)],
      client: [],
      blame: 'server loop',
    },
    {
      given: 'a server stop before the handler ran',
      handled: [],
      server: [ms(990, 1120)],
      client: [],
      blame: 'server loop',
    },
    {
      given: 'a stop of the polling process alone',
      handled: [],
      server: [],
      client: [ms(1030, 1140)],
      blame: 'client loop',
    },
    {
      given: 'a server stop and a client stop',
      handled: [],
      server: [ms(1030, 1090)],
      client: [ms(1030, 1140)],
      blame: 'server loop',
    },
    {
      given: 'stops before and after the poll only',
      handled: [ms(800, 900)],
      server: [ms(900, 1000)],
      client: [ms(1150, 1300)],
      blame: 'neither',
    },
    { given: 'nothing seen', handled: [], server: [], client: [], blame: 'neither' },
  ])('$given: $blame', ({ handled, server, client, blame }) => {
    expect(blameOf(poll, { handled, serverGaps: server, clientGaps: client })).toBe(blame)
  })
})

describe('blameLine', () => {
  it.each([
    { polls: [], line: '0 slow' },
    { polls: [ms(0, 150)], line: '1 slow: client loop 1' },
    {
      polls: [ms(0, 150), ms(500, 620), ms(900, 1010)],
      line: '3 slow: client loop 1, database 1, neither 1',
    },
  ])('$line', ({ polls, line }) => {
    const seen = { handled: [ms(510, 600)], serverGaps: [], clientGaps: [ms(20, 140)] }
    expect(blameLine(polls, seen)).toBe(line)
  })
})
