/**
 * A small logistic-regression model that reads a sentence the rules found nothing in, so a
 * crisis phrased in words no pattern foresaw can still reach a human. Features are hashed
 * character 3–5-grams and words of the normalised sentence (and the one before), plus the
 * signals the patterns saw. Trained by scripts/crisis-train.ts on the tuning sentences only
 * and shipped as db/lexicon/crisis-model.json; no download, no native code.
 */
import type { SignalHit } from './patterns'
import type { Token } from './tokens'

export interface CrisisModel {
  version: 1
  buckets: number
  /** flag: crisis or mention vs not; crisis: crisis vs the rest */
  flag: LinearModel
  crisis: LinearModel
  thresholds: { flag: number; crisis: number }
}

export interface LinearModel {
  bias: number
  /** bucket → weight; buckets not listed weigh 0 */
  weights: Record<string, number>
}

/** FNV-1a: a stable hash, the same in the trainer and on the write path. */
export function bucketOf(feature: string, buckets: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0) % buckets
}

export interface SentenceView {
  tokens: Token[]
  signals: SignalHit[]
}

/** The features of a sentence (with the one before, when given), deduplicated. */
export function featuresOf(views: SentenceView[]): string[] {
  const out = new Set<string>()
  for (const view of views) {
    const words = view.tokens.filter((t) => !t.boundary).map((t) => t.forms[t.forms.length - 1]!)
    const text = ` ${words.join(' ')} `
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= text.length; i++) out.add(`c:${text.slice(i, i + n)}`)
    words.forEach((w, i) => {
      out.add(`w:${w}`)
      if (words[i + 1]) out.add(`b:${w} ${words[i + 1]}`)
    })
    for (const s of view.signals) out.add(`s:${s.signal}`)
  }
  return [...out]
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

export function probability(model: LinearModel, buckets: number, features: string[]): number {
  // Presence features scaled by 1/√n, so a long sentence does not outweigh a short one.
  const scale = 1 / Math.sqrt(Math.max(1, features.length))
  let z = model.bias
  for (const f of features) z += (model.weights[bucketOf(f, buckets)] ?? 0) * scale
  return sigmoid(z)
}
