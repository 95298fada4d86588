/**
 * How answers are ordered (documented in README):
 * 1. the accepted answer;
 * 2. by score = Wilson lower bound (95 %) of the helpful share of counted ratings, plus
 *    EXPERT_BOOST when the author is a verified expert in the thread's category (capped at 1);
 * 3. then oldest first.
 * The lower bound rewards evidence: 1 of 1 helpful (0.21) ranks below 45 of 50 (0.79).
 */
export const EXPERT_BOOST = 0.15
const Z = 1.96

export function wilsonLowerBound(helpful: number, total: number): number {
  if (total <= 0) return 0
  const p = helpful / total
  const z2 = Z * Z
  const centre = p + z2 / (2 * total)
  const margin = Z * Math.sqrt((p * (1 - p) + z2 / (4 * total)) / total)
  return (centre - margin) / (1 + z2 / total)
}

export interface Rankable {
  id: string
  helpful: number
  unhelpful: number
  createdAt: string | Date
  accepted: boolean
  categoryExpert: boolean
}

export function answerScore(a: Pick<Rankable, 'helpful' | 'unhelpful' | 'categoryExpert'>): number {
  return Math.min(1, wilsonLowerBound(a.helpful, a.helpful + a.unhelpful) + (a.categoryExpert ? EXPERT_BOOST : 0))
}

export function rankAnswers<T extends Rankable>(answers: T[]): T[] {
  return [...answers].sort(
    (a, b) =>
      Number(b.accepted) - Number(a.accepted) ||
      answerScore(b) - answerScore(a) ||
      new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime() ||
      Number(a.id) - Number(b.id),
  )
}
