import { describe, expect, test } from 'vitest'
import { answerScore, EXPERT_BOOST, rankAnswers, wilsonLowerBound, type Rankable } from '~/lib/ranking'

const answer = (id: string, helpful: number, unhelpful: number, overrides: Partial<Rankable> = {}): Rankable => ({
  id,
  helpful,
  unhelpful,
  createdAt: `2026-11-0${Math.min(9, Number(id))}T10:00:00Z`,
  accepted: false,
  categoryExpert: false,
  ...overrides,
})
const order = (answers: Rankable[]) => rankAnswers(answers).map((a) => a.id)

describe('Wilson lower bound', () => {
  test('matches known values', () => {
    expect(wilsonLowerBound(0, 0)).toBe(0)
    expect(wilsonLowerBound(1, 1)).toBeCloseTo(0.2065, 3)
    expect(wilsonLowerBound(45, 50)).toBeCloseTo(0.7864, 3)
    expect(wilsonLowerBound(0, 10)).toBeCloseTo(0, 5)
  })
})

describe('answer order', () => {
  test('many good ratings beat a few perfect ones', () => {
    expect(order([answer('1', 2, 0), answer('2', 45, 5)])).toEqual(['2', '1'])
  })

  test('the accepted answer comes first whatever its score', () => {
    expect(order([answer('1', 50, 0), answer('2', 0, 3, { accepted: true })])).toEqual(['2', '1'])
  })

  test('a category expert gets a boost of EXPERT_BOOST, enough to pass a lightly rated peer', () => {
    expect(EXPERT_BOOST).toBe(0.15)
    expect(answerScore({ helpful: 1, unhelpful: 0, categoryExpert: true })).toBeCloseTo(wilsonLowerBound(1, 1) + 0.15, 6)
    expect(order([answer('1', 1, 0), answer('2', 1, 0, { categoryExpert: true })])).toEqual(['2', '1'])
    // …but not a peer with strong evidence.
    expect(order([answer('1', 40, 2), answer('2', 1, 0, { categoryExpert: true })])).toEqual(['1', '2'])
  })

  test('the boost never lifts a score above 1', () => {
    expect(answerScore({ helpful: 1000, unhelpful: 0, categoryExpert: true })).toBe(1)
  })

  test('ties fall back to the oldest first', () => {
    expect(order([answer('3', 0, 0), answer('1', 0, 0), answer('2', 0, 0)])).toEqual(['1', '2', '3'])
    expect(order([answer('2', 3, 1), answer('1', 3, 1)])).toEqual(['1', '2'])
  })

  test('unhelpful ratings push an answer below unrated ones only when they outweigh', () => {
    expect(order([answer('1', 0, 4), answer('2', 0, 0)])).toEqual(['1', '2']) // both score 0: oldest first
    expect(order([answer('1', 1, 4), answer('2', 0, 0)])).toEqual(['1', '2'])
    expect(answerScore({ helpful: 1, unhelpful: 4, categoryExpert: false })).toBeGreaterThan(0)
  })
})
