/**
 * Small-cell suppression for published aggregates.
 *
 * A figure is a count together with the number of distinct people behind it. An equation says
 * that a published total is the sum of published parts (a row and its total, a column and its
 * total, the totals and the grand total). `suppressFigures` guarantees:
 *
 * 1. every figure counting 1–4 people is hidden (primary suppression; 0 is shown, it names nobody);
 * 2. no hidden figure can be worked out exactly from the shown ones by adding and subtracting
 *    along the equations (complementary suppression): while one can, the smallest shown non-zero
 *    part of an equation it sits in is hidden too, else the total of that equation.
 *
 * Rule 2 is checked by linear algebra over all equations at once, so it also holds across linked
 * tables that share a total (threads by week, by category and by outcome share one grand total).
 */
export const SUPPRESS_BELOW = 5

export interface Figure {
  id: string
  value: number
  people: number
}

export interface Equation {
  total: string
  parts: string[]
}

export const isSmallCell = (people: number) => people > 0 && people < SUPPRESS_BELOW

export function suppressFigures(figures: readonly Figure[], equations: readonly Equation[]): Set<string> {
  const byId = new Map(figures.map((f, index) => [f.id, { ...f, index }]))
  for (const eq of equations) {
    for (const id of [eq.total, ...eq.parts]) if (!byId.has(id)) throw new Error(`unknown figure ${id}`)
  }
  const hidden = new Set(figures.filter((f) => isSmallCell(f.people)).map((f) => f.id))
  // Each round hides one more figure, so this ends after at most figures.length rounds.
  for (let round = 0; round <= figures.length; round++) {
    const exposed = determinedFigures(equations, hidden)
    if (exposed.length === 0) return hidden
    const target = exposed.sort((a, b) => byId.get(a)!.index - byId.get(b)!.index)[0]!
    const partner = choosePartner(target, equations, hidden, byId)
    if (!partner) break
    hidden.add(partner)
  }
  return hidden
}

type Indexed = Figure & { index: number }

const byRank = (a: Indexed, b: Indexed) => a.value - b.value || a.people - b.people || a.index - b.index

/** The smallest figure among the ids, non-zero ones only unless `zeros` allows them. */
function smallest(ids: Iterable<string>, byId: Map<string, Indexed>, zeros = false): string | undefined {
  return [...new Set(ids)]
    .map((id) => byId.get(id)!)
    .filter((f) => zeros || f.value > 0)
    .sort(byRank)[0]?.id
}

/**
 * The next figure to hide so that `target` can no longer be worked out: the smallest shown part
 * next to it, else the total it adds up to. Never a zero while anything else is left: a hidden
 * zero whose total is a shown zero is still known to be zero (counts are never negative), and
 * would give the small cell away again.
 */
function choosePartner(target: string, equations: readonly Equation[], hidden: Set<string>, byId: Map<string, Indexed>): string | undefined {
  const own = equations.filter((eq) => eq.total === target || eq.parts.includes(target))
  const open = (id: string) => id !== target && !hidden.has(id)
  const part = smallest(own.flatMap((eq) => eq.parts.filter(open)), byId)
  if (part) return part
  const total = smallest(own.map((eq) => eq.total).filter(open), byId)
  if (total) return total
  // Everything next to it is hidden already: widen to every figure linked to it through equations.
  const linked = new Set<string>([target])
  for (let grew = true; grew; ) {
    grew = false
    for (const eq of equations) {
      const ids = [eq.total, ...eq.parts]
      if (!ids.some((id) => linked.has(id))) continue
      for (const id of ids) {
        if (linked.has(id)) continue
        linked.add(id)
        grew = true
      }
    }
  }
  const rest = [...linked].filter(open)
  return smallest(rest, byId) ?? smallest(rest, byId, true)
}

const EPSILON = 1e-9

/**
 * Hidden figures whose value follows exactly from the shown ones: those whose unit vector lies in
 * the row space of the equations restricted to hidden figures (reduced row echelon form: a pivot
 * whose row has no entry in a free column).
 */
export function determinedFigures(equations: readonly Equation[], hidden: ReadonlySet<string>): string[] {
  const unknowns = [...new Set(equations.flatMap((eq) => [eq.total, ...eq.parts]).filter((id) => hidden.has(id)))]
  if (unknowns.length === 0) return []
  const column = new Map(unknowns.map((id, i) => [id, i]))
  const rows: number[][] = []
  for (const eq of equations) {
    const row = new Array<number>(unknowns.length).fill(0)
    for (const id of eq.parts) if (column.has(id)) row[column.get(id)!]! += 1
    if (column.has(eq.total)) row[column.get(eq.total)!]! -= 1
    if (row.some((v) => Math.abs(v) > EPSILON)) rows.push(row)
  }
  const pivots: number[] = []
  let r = 0
  for (let c = 0; c < unknowns.length && r < rows.length; c++) {
    let best = r
    for (let i = r + 1; i < rows.length; i++) if (Math.abs(rows[i]![c]!) > Math.abs(rows[best]![c]!)) best = i
    if (Math.abs(rows[best]![c]!) < EPSILON) continue
    ;[rows[r], rows[best]] = [rows[best]!, rows[r]!]
    const pivot = rows[r]![c]!
    rows[r] = rows[r]!.map((v) => v / pivot)
    for (let i = 0; i < rows.length; i++) {
      if (i === r) continue
      const factor = rows[i]![c]!
      if (Math.abs(factor) > EPSILON) rows[i] = rows[i]!.map((v, j) => v - factor * rows[r]![j]!)
    }
    pivots.push(c)
    r++
  }
  const pivotSet = new Set(pivots)
  const determined: string[] = []
  pivots.forEach((c, i) => {
    const alone = rows[i]!.every((v, j) => j === c || pivotSet.has(j) || Math.abs(v) < EPSILON)
    if (alone) determined.push(unknowns[c]!)
  })
  return determined
}
