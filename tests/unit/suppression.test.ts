import { describe, expect, test } from 'vitest'
import { determinedFigures, suppressFigures, type Equation, type Figure } from '~/lib/suppression'

/** A table of counts where each count is also its number of people, with row, column and grand totals. */
function grid(name: string, cells: number[][]) {
  const figures: Figure[] = []
  const equations: Equation[] = []
  const add = (id: string, value: number) => figures.push({ id, value, people: value })
  cells.forEach((row, i) => row.forEach((v, j) => add(`${name}.${i}.${j}`, v)))
  cells.forEach((row, i) => {
    add(`${name}.r${i}`, row.reduce((a, b) => a + b, 0))
    equations.push({ total: `${name}.r${i}`, parts: row.map((_, j) => `${name}.${i}.${j}`) })
  })
  cells[0]!.forEach((_, j) => {
    add(`${name}.c${j}`, cells.reduce((a, row) => a + row[j]!, 0))
    equations.push({ total: `${name}.c${j}`, parts: cells.map((_, i) => `${name}.${i}.${j}`) })
  })
  add(`${name}.all`, cells.flat().reduce((a, b) => a + b, 0))
  equations.push({ total: `${name}.all`, parts: cells.map((_, i) => `${name}.r${i}`) })
  equations.push({ total: `${name}.all`, parts: cells[0]!.map((_, j) => `${name}.c${j}`) })
  return { figures, equations }
}

/**
 * Every value the hidden figure could take, given all shown figures and that counts are whole
 * numbers from 0 to `max`: an exhaustive search, where an equation with one unknown left fixes it.
 */
function possibleValues(figures: Figure[], equations: Equation[], hidden: Set<string>, target: string, max: number, enough = Infinity): Set<number> {
  // The target first, so the search can stop as soon as it has seen `enough` different values.
  const unknowns = [target, ...figures.filter((f) => hidden.has(f.id) && f.id !== target).map((f) => f.id)]
  const known = new Map(figures.filter((f) => !hidden.has(f.id)).map((f) => [f.id, f.value]))
  const found = new Set<number>()
  const solve = (values: Map<string, number>) => {
    // Propagate: an equation with a single unknown fixes it; a full one must add up.
    for (let changed = true; changed; ) {
      changed = false
      for (const eq of equations) {
        const terms = [{ id: eq.total, sign: -1 }, ...eq.parts.map((id) => ({ id, sign: 1 }))]
        const open = terms.filter((x) => !values.has(x.id))
        const sum = terms.filter((x) => values.has(x.id)).reduce((a, x) => a + x.sign * values.get(x.id)!, 0)
        if (open.length === 0 && sum !== 0) return
        if (open.length === 1) {
          const v = -sum * open[0]!.sign
          if (v < 0 || v > max) return
          values.set(open[0]!.id, v)
          changed = true
        }
      }
    }
    const next = unknowns.find((id) => !values.has(id))
    if (!next) {
      found.add(values.get(target)!)
      return
    }
    for (let v = 0; v <= max && found.size < enough; v++) {
      if (next !== target && values.has(target) && found.has(values.get(target)!)) return
      solve(new Map([...values, [next, v]]))
    }
  }
  solve(new Map(known))
  return found
}

describe('small-cell suppression', () => {
  test('a cell of 1 to 4 people is hidden; 0 and 5 or more are shown', () => {
    const figures: Figure[] = [0, 1, 4, 5, 12].map((people, i) => ({ id: `f${i}`, value: people, people }))
    expect([...suppressFigures(figures, [])].sort()).toEqual(['f1', 'f2'])
  })

  test('hidden is decided on people, not on the count: 9 threads from 3 people are hidden', () => {
    expect(suppressFigures([{ id: 'a', value: 9, people: 3 }], []).has('a')).toBe(true)
  })

  test('one small cell next to a shown total takes the next smallest cell with it, so total minus the rest does not give it away', () => {
    const figures: Figure[] = [
      { id: 'week1', value: 3, people: 3 },
      { id: 'week2', value: 12, people: 12 },
      { id: 'week3', value: 10, people: 10 },
      { id: 'week4', value: 40, people: 40 },
      { id: 'all', value: 65, people: 65 },
    ]
    const equations = [{ total: 'all', parts: ['week1', 'week2', 'week3', 'week4'] }]
    const hidden = suppressFigures(figures, equations)
    expect([...hidden].sort()).toEqual(['week1', 'week3'])
    // 65 − 12 − 40 = 13 is all that can be learned: 3 + 10, 4 + 9, … are all possible.
    expect(determinedFigures(equations, hidden)).toEqual([])
    expect(possibleValues(figures, equations, hidden, 'week1', 13).size).toBeGreaterThan(1)
  })

  test('the partner is never a zero: a hidden zero under a shown zero total would still be known', () => {
    const figures: Figure[] = [
      { id: 'a', value: 2, people: 2 },
      { id: 'b', value: 0, people: 0 },
      { id: 'c', value: 0, people: 0 },
      { id: 'd', value: 20, people: 20 },
      { id: 'all', value: 22, people: 22 },
    ]
    const hidden = suppressFigures(figures, [{ total: 'all', parts: ['a', 'b', 'c', 'd'] }])
    expect([...hidden].sort()).toEqual(['a', 'd'])
  })

  test('in a table with row, column and grand totals no hidden cell can be solved for, bounds included', () => {
    const { figures, equations } = grid('cases', [
      [2, 9, 14],
      [7, 0, 11],
      [6, 8, 30],
    ])
    const hidden = suppressFigures(figures, equations)
    expect(hidden.has('cases.0.0')).toBe(true)
    expect(determinedFigures(equations, hidden)).toEqual([])
    // Every row and column that holds a hidden cell holds at least two.
    for (const eq of equations) {
      const count = [eq.total, ...eq.parts].filter((id) => hidden.has(id)).length
      expect(count === 0 || count >= 2, `${eq.total}`).toBe(true)
    }
    expect(possibleValues(figures, equations, hidden, 'cases.0.0', 30).size).toBeGreaterThan(1)
  })

  test('tables that share a total are protected together', () => {
    // Threads by week and by category: the same 30 threads split two ways.
    const figures: Figure[] = [
      { id: 'w1', value: 2, people: 2 },
      { id: 'w2', value: 28, people: 28 },
      { id: 'c1', value: 15, people: 15 },
      { id: 'c2', value: 15, people: 15 },
      { id: 'all', value: 30, people: 30 },
    ]
    const equations = [
      { total: 'all', parts: ['w1', 'w2'] },
      { total: 'all', parts: ['c1', 'c2'] },
    ]
    const hidden = suppressFigures(figures, equations)
    expect(hidden.has('w1')).toBe(true)
    expect(hidden.has('w2')).toBe(true)
    expect(determinedFigures(equations, hidden)).toEqual([])
  })

  test('a small total hides too, and then its parts cannot rebuild it', () => {
    const { figures, equations } = grid('tiny', [
      [1, 2],
      [0, 0],
    ])
    const hidden = suppressFigures(figures, equations)
    expect(hidden.has('tiny.all')).toBe(true)
    expect(determinedFigures(equations, hidden)).toEqual([])
  })

  test('random tables: every small cell hidden, none can be solved for', () => {
    let seed = 7
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let n = 0; n < 200; n++) {
      const rows = 2 + Math.floor(random() * 3)
      const cols = 2 + Math.floor(random() * 3)
      const cells = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (random() < 0.3 ? Math.floor(random() * 5) : Math.floor(random() * 40))))
      const { figures, equations } = grid(`t${n}`, cells)
      const hidden = suppressFigures(figures, equations)
      for (const f of figures) if (f.people > 0 && f.people < 5) expect(hidden.has(f.id), f.id).toBe(true)
      expect(determinedFigures(equations, hidden), JSON.stringify(cells)).toEqual([])
    }
  })

  test('random small tables: no small cell has only one possible value, even knowing counts are never negative', () => {
    let seed = 11
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31)
    for (let n = 0; n < 60; n++) {
      const cells = Array.from({ length: 3 }, () => Array.from({ length: 3 }, () => (random() < 0.4 ? Math.floor(random() * 5) : Math.floor(random() * 9))))
      const { figures, equations } = grid(`b${n}`, cells)
      const hidden = suppressFigures(figures, equations)
      const max = Math.max(...figures.filter((f) => !f.id.endsWith('.all')).map((f) => f.value))
      for (const f of figures) {
        if (f.people > 0 && f.people < 5) expect(possibleValues(figures, equations, hidden, f.id, max, 2).size, `${f.id} in ${JSON.stringify(cells)}`).toBe(2)
      }
    }
  })
})
