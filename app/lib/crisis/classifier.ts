/**
 * A small logistic-regression model that reads a sentence the rules found nothing in, so a
 * crisis phrased in words no pattern foresaw can still reach a human. Features are hashed
 * character 3–5-grams, words, rough stems and word pairs of the normalised sentence (and the
 * one before, or a whole short post), plus the signals the patterns saw and pairs of them.
 * Trained by scripts/crisis-train.ts on the tuning sentences only and shipped as
 * db/lexicon/crisis-model.json; no download, no native code.
 */
import type { SignalHit } from './patterns'
import type { Token } from './tokens'

export interface CrisisModel {
  version: 1
  buckets: number
  /** flag: crisis or mention vs not; crisis: crisis vs the rest */
  flag: LinearModel
  crisis: LinearModel
  /**
   * flag and crisis: for a sentence with a signal the model is gated on; open (round 11): the
   * flag threshold for any other sentence, stricter, since every sentence of every post is one
   * more chance of a false alarm. Absent, the model reads gated sentences only.
   */
  thresholds: { flag: number; crisis: number; open?: number }
}

export interface LinearModel {
  bias: number
  /** bucket → weight; buckets not listed weigh 0 */
  weights: Record<string, number>
}

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

function fnv(h: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME)
  return h
}

/** FNV-1a of a feature name: stable, the same in the trainer and on the write path. */
export function bucketOf(feature: string, buckets: number): number {
  return (fnv(FNV_OFFSET, feature) >>> 0) % buckets
}

export interface SentenceView {
  tokens: Token[]
  signals: SignalHit[]
}

const CHAR_PREFIX = fnv(FNV_OFFSET, 'c:')

const PREFIX = /^(?:meng|meny|mem|men|me|peng|peny|pem|pen|per|pe|ber|be|ter|di|ke|se|ny|ng)(?=\p{L}{3})/u
const SUFFIX = /(?<=\p{L}{3})(?:kannya|nya|kan|lah|kah|an|in|i|ku|mu)$/u

/**
 * A rough Indonesian stem ("menyayat", "sayatan", "disayat" → "ayat"/"sayat"): affixes vary
 * more than roots between writers, so a word seen once in training also counts in its other
 * shapes. Not a real stemmer; only a feature, never shown.
 */
export const roughStem = (word: string) => (word.length > 5 ? word.replace(SUFFIX, '').replace(PREFIX, '') : word)

// Deduplicating with a stamp per bucket instead of a Set: this runs on every sentence the rules
// pass, so it allocates nothing but the result. A stamp array per bucket count, reused.
const stamps = new Map<number, { marks: Uint32Array; stamp: number }>()

function deduper(buckets: number) {
  let entry = stamps.get(buckets)
  if (!entry) stamps.set(buckets, (entry = { marks: new Uint32Array(buckets), stamp: 0 }))
  if (++entry.stamp === 0xffffffff) {
    entry.marks.fill(0)
    entry.stamp = 1
  }
  const { marks, stamp } = entry
  const out: number[] = []
  return {
    add(b: number) {
      if (marks[b] !== stamp) {
        marks[b] = stamp
        out.push(b)
      }
    },
    out,
  }
}

/**
 * Round 11: words the model reads as one, beyond the lexicon's spellings (app/lib/crisis/
 * tokens.ts maps only what the patterns need): the first person in its many registers and a few
 * chat words, so "gw udh siapin" and "saya sudah siapkan" share features. The model only.
 */
const MODEL_CANON: Record<string, string> = Object.fromEntries(
  Object.entries({
    saya: 'aku gue gua gw gwe ane abdi kulo ambo awak beta sa aq ak daku',
    kamu: 'lu lo loe elu elo kau km',
    sangat: 'banget bgt bngt bener2 amat',
    bagaimana: 'gimana gmn gmana',
    kenapa: 'knp napa',
    orang: 'org',
    hanya: 'cuma cuman cm',
    pakai: 'pake',
    nanti: 'ntar ntr entar',
    benar: 'bener',
    memang: 'emang emg',
    membuat: 'bikin',
    tidur: 'tdr bobo',
    semua: 'smua smw',
    minta: 'mnt',
    maaf: 'maap mf',
    terima: 'trima',
    kasih: 'ksh',
  }).flatMap(([word, variants]) => variants.split(' ').map((v) => [v, word])),
)

/**
 * The hashed features of one sentence, deduplicated: its character 3–5-grams (hashed in place,
 * without cutting strings), words, word pairs and signals.
 */
export function sentenceBuckets(view: SentenceView, buckets: number): number[] {
  const out = deduper(buckets)
  const words = view.tokens.filter((t) => !t.boundary).map((t) => {
    const w = t.forms[t.forms.length - 1]!
    return MODEL_CANON[w] ?? w
  })
  const text = ` ${words.join(' ')} `
  // FNV-1a is sequential, so the 3-, 4- and 5-gram at one position extend one hash.
  for (let i = 0; i + 3 <= text.length; i++) {
    let h = fnv(CHAR_PREFIX, text, i, i + 2)
    for (let n = 3; n <= 5 && i + n <= text.length; n++) {
      h = Math.imul(h ^ text.charCodeAt(i + n - 1), FNV_PRIME)
      out.add((h >>> 0) % buckets)
    }
  }
  // Round 11: stems and word pairs with one word between generalise over affixes and fillers
  // ("sudah saya siapkan", "udah gw siapin").
  const stemmed = words.map(roughStem)
  words.forEach((w, i) => {
    out.add(bucketOf(`w:${w}`, buckets))
    if (stemmed[i] !== w) out.add(bucketOf(`t:${stemmed[i]}`, buckets))
    if (words[i + 1]) out.add(bucketOf(`b:${w} ${words[i + 1]}`, buckets))
    if (words[i + 2]) out.add(bucketOf(`k:${stemmed[i]} ${stemmed[i + 2]}`, buckets))
  })
  for (const s of view.signals) out.add(bucketOf(`s:${s.signal}`, buckets))
  // Round 11: pairs of signals (a means with a time, a place with a farewell) let the model learn
  // the rules' combinations from data, including the ones no rule was written for.
  const names = [...new Set(view.signals.map((s) => s.signal))].sort()
  for (let i = 0; i < names.length; i++) for (let j = i + 1; j < names.length; j++) out.add(bucketOf(`p:${names[i]}|${names[j]}`, buckets))
  return out.out
}

/** The features of several sentences read together (a sentence and the one before it). */
export function unionBuckets(lists: number[][], buckets = 1 << 18): number[] {
  if (lists.length === 1) return lists[0]!
  const out = deduper(buckets)
  for (const list of lists) for (const b of list) out.add(b)
  return out.out
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z))

/** The weights as a dense array (looked up once per feature of every sentence the rules pass). */
export interface DenseModel {
  bias: number
  weights: Float32Array
}

export function densify(model: LinearModel, buckets: number): DenseModel {
  const weights = new Float32Array(buckets)
  for (const [bucket, w] of Object.entries(model.weights)) weights[Number(bucket)] = w
  return { bias: model.bias, weights }
}

export function probability(model: LinearModel | DenseModel, features: number[]): number {
  // Presence features scaled by 1/√n, so a long sentence does not outweigh a short one.
  const scale = 1 / Math.sqrt(Math.max(1, features.length))
  let z = 0
  if (model.weights instanceof Float32Array) for (const b of features) z += model.weights[b]!
  else for (const b of features) z += (model.weights as Record<string, number>)[b] ?? 0
  return sigmoid(model.bias + z * scale)
}
