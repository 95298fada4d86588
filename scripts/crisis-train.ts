/**
 * Trains the crisis model (app/lib/crisis/classifier.ts) on the TUNING sentences, chooses its
 * thresholds by 5-fold cross-validation on them, and writes db/lexicon/crisis-model.json.
 * The held-out set is never read here. Also holds the naive Bayes yardstick the README
 * compares against.
 *
 *   npx tsx scripts/crisis-train.ts          # cross-validate, print, write the model
 *   npx tsx scripts/crisis-train.ts --check  # cross-validate and print only
 */
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import base from '#db/lexicon/crisis.json'
import * as forumContent from '#db/seed/forum-content'
import { bucketsOf, compileLexicon, modelView, postView, normaliseForLexicon, readSentences, type CompiledLexicon, type CrisisModel } from '~/lib/crisis'
import { probability, unionBuckets, type LinearModel } from '~/lib/crisis/classifier'
import { describe, score, type Judgement, type Scores } from '../tests/fixtures/crisis-eval'
import type { CrisisLabel, LabelledSentence } from '../tests/fixtures/crisis-labels'
import { CRISIS_SENTENCES } from '../tests/fixtures/crisis-sentences'
import { CRISIS_TUNING_EXTRA } from '../tests/fixtures/crisis-tuning'
import { CRISIS_TUNING_SEEN } from '../tests/fixtures/crisis-tuning-seen'
import { CRISIS_TUNING_SEEN2 } from '../tests/fixtures/crisis-tuning-seen2'
import { CRISIS_TUNING_SEEN3 } from '../tests/fixtures/crisis-tuning-seen3'
import { CRISIS_TUNING_SEEN4 } from '../tests/fixtures/crisis-tuning-seen4'
import { CRISIS_TUNING_SEEN5 } from '../tests/fixtures/crisis-tuning-seen5'
import { CRISIS_TUNING_SEEN6 } from '../tests/fixtures/crisis-tuning-seen6'
import { CRISIS_TUNING_SEEN7 } from '../tests/fixtures/crisis-tuning-seen7'
import { CRISIS_TUNING_SEEN8 } from '../tests/fixtures/crisis-tuning-seen8'
import { CRISIS_TUNING_SEEN9 } from '../tests/fixtures/crisis-tuning-seen9'
import { CRISIS_TUNING_SEEN10 } from '../tests/fixtures/crisis-tuning-seen10'
import { CRISIS_TUNING_SEEN11 } from '../tests/fixtures/crisis-tuning-seen11'
import { CRISIS_TUNING_SEEN12 } from '../tests/fixtures/crisis-tuning-seen12'
import { CRISIS_TUNING_SEEN13 } from '../tests/fixtures/crisis-tuning-seen13'

/**
 * The demo forum's posts (db/seed/forum-content.ts): ordinary questions and wellbeing talk,
 * none of them a crisis. Every other post is training data (negatives); the rest are kept out
 * and checked by the unit test, so there is a held-out measure on real-looking posts too.
 */
export function demoPosts(): { train: string[]; check: string[] } {
  const texts: string[] = []
  const walk = (v: unknown) => {
    if (typeof v === 'string') {
      if (v.length > 40) texts.push(v)
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (v && typeof v === 'object') Object.values(v).forEach(walk)
  }
  walk(forumContent)
  return { train: texts.filter((_, i) => i % 2 === 0), check: texts.filter((_, i) => i % 2 === 1) }
}

export const TUNING: LabelledSentence[] = [...CRISIS_SENTENCES, ...CRISIS_TUNING_EXTRA, ...CRISIS_TUNING_SEEN, ...CRISIS_TUNING_SEEN2, ...CRISIS_TUNING_SEEN3, ...CRISIS_TUNING_SEEN4, ...CRISIS_TUNING_SEEN5, ...CRISIS_TUNING_SEEN6, ...CRISIS_TUNING_SEEN7, ...CRISIS_TUNING_SEEN8, ...CRISIS_TUNING_SEEN9, ...CRISIS_TUNING_SEEN10, ...CRISIS_TUNING_SEEN11, ...CRISIS_TUNING_SEEN12, ...CRISIS_TUNING_SEEN13]
const BUCKETS = 1 << 18
const FOLDS = 5
const KEEP = Number(process.env.KEEP ?? 12000)
// The thresholds are chosen on the model alone, not on the model with the rules: in
// cross-validation the rules look better than they are (they were written on these
// sentences), so the model is held to a false-alarm budget of its own: it may flag at most
// this share of the negatives and rank at most this share of the mentions at the top.
// 2 % since round 6 (it was 6 %): with the frames the rules now carry, cross-validation gave
// the model +6 crisis sentences for +16 false alarms at 6 %, +1 for +6 at 2 % (best F1).
const L2 = Number(process.env.L2 ?? 1e-3)
const EPOCHS = Number(process.env.EPOCHS ?? 40)
const RATE = Number(process.env.RATE ?? 0.8)
const AVERAGE = process.env.AVERAGE !== '0'
const MAX_FALSE_ALARMS = Number(process.env.MAX_FALSE_ALARMS ?? 0.02)
const MAX_MENTIONS_DIRECT = Number(process.env.MAX_MENTIONS_DIRECT ?? 0.05)
// …and at most this share of the demo forum's ordinary posts: every post is read, so even a
// small rate per post fills the queue.
const MAX_DEMO_FLAGGED = 0.02

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Example {
  buckets: number[]
  scale: number
  label: CrisisLabel
}

/** A labelled text's features: all its sentences read together (most are one sentence). */
const textBuckets = (lexicon: CompiledLexicon, text: string) => unionBuckets(readSentences(text, lexicon).map((r) => bucketsOf(r, BUCKETS)), BUCKETS)

function example(lexicon: CompiledLexicon, s: LabelledSentence): Example {
  const buckets = textBuckets(lexicon, s.text)
  return { buckets, scale: 1 / Math.sqrt(Math.max(1, buckets.length)), label: s.label }
}

/** Logistic regression by SGD, classes weighted to balance, light L2; deterministic. */
function trainLinear(examples: Example[], positive: (l: CrisisLabel) => boolean): LinearModel {
  const w = new Float64Array(BUCKETS)
  let bias = 0
  const pos = examples.filter((e) => positive(e.label)).length
  const weightOf = (y: number) => examples.length / (2 * (y ? pos : examples.length - pos))
  const order = examples.map((_, i) => i)
  const random = mulberry32(13)
  const sum = new Float64Array(BUCKETS)
  let sumBias = 0
  let averaged = 0
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    const rate = RATE / (1 + epoch * 0.15)
    for (const k of order) {
      const e = examples[k]!
      const y = positive(e.label) ? 1 : 0
      let z = bias
      for (const b of e.buckets) z += w[b]! * e.scale
      const g = (1 / (1 + Math.exp(-z)) - y) * weightOf(y)
      bias -= rate * g
      for (const b of e.buckets) w[b] = w[b]! - rate * (g * e.scale + L2 * w[b]!)
    }
    // Averaged SGD (round 11): the mean of the later epochs' weights, not the last epoch's,
    // is smoother and is what generalises (less tied to the order of the last examples).
    if (AVERAGE && epoch >= EPOCHS / 4) {
      for (let i = 0; i < BUCKETS; i++) sum[i] = sum[i]! + w[i]!
      sumBias += bias
      averaged++
    }
  }
  if (AVERAGE) {
    for (let i = 0; i < BUCKETS; i++) w[i] = sum[i]! / averaged
    bias = sumBias / averaged
  }
  // Only the heaviest weights are kept: the rest barely move a score and would bloat the file.
  const kept = [...w.keys()].filter((i) => w[i] !== 0).sort((a, b) => Math.abs(w[b]!) - Math.abs(w[a]!)).slice(0, KEEP)
  const weights: Record<string, number> = {}
  for (const i of kept.sort((a, b) => a - b)) weights[i] = Math.round(w[i]! * 100) / 100
  return { bias: Math.round(bias * 1000) / 1000, weights }
}

/** Each sentence of a demo post the model would read, with the one before, as a negative. */
function demoExamples(lexicon: CompiledLexicon, posts: string[]): Example[] {
  return posts.flatMap((post) => {
    const readings = readSentences(post, lexicon)
    return readings.flatMap((r, i) => {
      // Round 11: every sentence, not only the gated ones: the open threshold reads them all.
      if (r.hits.length) return []
      const buckets = unionBuckets(i ? [bucketsOf(readings[i - 1]!, BUCKETS), bucketsOf(r, BUCKETS)] : [bucketsOf(r, BUCKETS)], BUCKETS)
      return [{ buckets, scale: 1 / Math.sqrt(Math.max(1, buckets.length)), label: 'not' as const }]
    })
  })
}

function trainModel(lexicon: CompiledLexicon, set: LabelledSentence[], posts: string[], thresholds: Thresholds = { flag: 0.5, crisis: 0.5 }): CrisisModel {
  const examples = [...set.map((s) => example(lexicon, s)), ...demoExamples(lexicon, posts)]
  return { version: 1, buckets: BUCKETS, flag: trainLinear(examples, (l) => l !== 'not'), crisis: trainLinear(examples, (l) => l === 'crisis'), thresholds }
}

/** Judges for the rules alone, the model alone, and the shipped combination. */
export function judges(rules: CompiledLexicon, model: CrisisModel) {
  const withModel: CompiledLexicon = { ...rules, model }
  const ruleJudge = (text: string): Judgement => {
    const hits = readSentences(text, rules).flatMap((s) => s.hits)
    return { flagged: hits.length > 0, direct: hits.some((h) => h.kind === 'direct') }
  }
  const modelJudge = (text: string): Judgement => {
    const f = textBuckets(rules, text)
    const flagged = probability(model.flag, f) >= model.thresholds.flag
    return { flagged, direct: flagged && probability(model.crisis, f) >= model.thresholds.crisis }
  }
  return { rules: ruleJudge, model: modelJudge, withModel }
}

// --- naive Bayes on character n-grams: the first yardstick, kept for the comparison ---

export function trainNaiveBayes(set: LabelledSentence[]): (text: string) => Judgement {
  const grams = (text: string) => {
    const t = ` ${normaliseForLexicon(text)} `
    const out: string[] = []
    for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= t.length; i++) out.push(t.slice(i, i + n))
    return out
  }
  const labels: CrisisLabel[] = ['crisis', 'mention', 'not']
  const counts = new Map<CrisisLabel, Map<string, number>>(labels.map((l) => [l, new Map()]))
  const totals = new Map<CrisisLabel, number>(labels.map((l) => [l, 0]))
  const vocabulary = new Set<string>()
  for (const s of set) {
    for (const g of grams(s.text)) {
      counts.get(s.label)!.set(g, (counts.get(s.label)!.get(g) ?? 0) + 1)
      totals.set(s.label, totals.get(s.label)! + 1)
      vocabulary.add(g)
    }
  }
  return (text: string) => {
    let best: CrisisLabel = 'not'
    let bestScore = -Infinity
    for (const l of labels) {
      const denominator = totals.get(l)! + 0.5 * vocabulary.size
      let sc = Math.log(set.filter((s) => s.label === l).length / set.length)
      for (const g of grams(text)) sc += Math.log(((counts.get(l)!.get(g) ?? 0) + 0.5) / denominator)
      if (sc > bestScore) {
        bestScore = sc
        best = l
      }
    }
    return { flagged: best !== 'not', direct: best === 'crisis' }
  }
}

interface Window {
  flag: number
  crisis: number
  gated: boolean
  lowered: boolean
  /** the rules already hit this sentence, so in the shipped detector the model stays silent */
  ruled: boolean
}

type Thresholds = { flag: number; crisis: number; open?: number }

/** The model's reading of every sentence it would read, and the rules' hits, for one text. */
function windows(rules: CompiledLexicon, model: CrisisModel, text: string): { windows: Window[]; ruleFlag: boolean; ruleDirect: boolean } {
  const readings = readSentences(text, rules)
  const quotes = readings.some((r) => r.quoted)
  const hits = readings.flatMap((r) => r.hits)
  return {
    windows: [
      ...readings.map((r, i) => {
        const v = modelView(model, rules, readings, i, quotes)
        return { flag: v.flag, crisis: v.crisis, gated: v.gated, lowered: !!v.lowered, ruled: r.hits.length > 0 }
      }),
      // the whole short post, read only when the rules found nothing in it
      ...[postView(model, rules, readings, quotes)].flatMap((v) => (v ? [{ flag: v.flag, crisis: v.crisis, gated: v.gated, lowered: !!v.lowered, ruled: hits.length > 0 }] : [])),
    ],
    ruleFlag: hits.length > 0,
    ruleDirect: hits.some((h) => h.kind === 'direct'),
  }
}

function judge(w: ReturnType<typeof windows>, t: Thresholds, withRules: boolean): Judgement {
  const read = w.windows.filter((x) => (!withRules || !x.ruled) && x.flag >= (x.gated ? t.flag : (t.open ?? Infinity)))
  const modelFlag = read.length > 0
  const modelDirect = read.some((x) => x.crisis >= t.crisis && !x.lowered)
  return withRules ? { flagged: w.ruleFlag || modelFlag, direct: w.ruleDirect || modelDirect } : { flagged: modelFlag, direct: modelDirect }
}

/** Every tuning text and training demo post, read by a model trained on the other folds. */
function crossValidate(rules: CompiledLexicon) {
  const demo = demoPosts().train
  const items = [...TUNING.map((s) => ({ text: s.text, s })), ...demo.map((text) => ({ text, s: undefined }))]
  const read = new Map<string, ReturnType<typeof windows>>()
  const bayesOf = new Map<string, Judgement>()
  for (let f = 0; f < FOLDS; f++) {
    const inFold = (i: number) => i % FOLDS === f
    const trainSet = TUNING.filter((_, i) => !inFold(i))
    const trainDemo = demo.filter((_, i) => !inFold(TUNING.length + i))
    const model = trainModel(rules, trainSet, trainDemo)
    const bayes = trainNaiveBayes(trainSet)
    items.forEach((item, i) => {
      if (!inFold(i)) return
      read.set(item.text, windows(rules, model, item.text))
      if (item.s) bayesOf.set(item.text, bayes(item.text))
    })
  }
  return { read, bayesOf, demo }
}

export function chooseThresholds(rules: CompiledLexicon) {
  const cv = crossValidate(rules)
  const judged = (t: Thresholds, withRules: boolean) => score(TUNING, (text) => judge(cv.read.get(text)!, t, withRules))
  const demoFlagged = (t: Thresholds, withRules: boolean) => cv.demo.filter((text) => judge(cv.read.get(text)!, t, withRules).flagged).length
  let best: { t: Thresholds; s: Scores } = { t: { flag: 0.99, crisis: 0.99 }, s: judged({ flag: 0.99, crisis: 0.99 }, false) }
  // The open threshold is never below the gated one: a sentence with no signal needs more.
  const opens = (flag: number) => [undefined, ...Array.from({ length: 40 }, (_, k) => Math.round((0.5 + k * 0.0125) * 10000) / 10000).filter((o) => o >= flag)]
  for (let flag = 0.3; flag <= 0.991; flag += 0.025) {
    for (let crisis = 0.3; crisis <= 0.951; crisis += 0.05) {
      for (const open of opens(flag)) {
        const t: Thresholds = { flag: Math.round(flag * 1000) / 1000, crisis: Math.round(crisis * 100) / 100, ...(open === undefined ? {} : { open }) }
        const s = judged(t, false)
        if (s.falseAlarms > MAX_FALSE_ALARMS * s.negatives || s.mentionsDirect > MAX_MENTIONS_DIRECT * s.mentions) continue
        if (demoFlagged(t, false) > MAX_DEMO_FLAGGED * cv.demo.length) continue
        const gain = s.recall + 0.5 * s.directRecall - (best.s.recall + 0.5 * best.s.directRecall)
        if (gain > 1e-9 || (Math.abs(gain) < 1e-9 && s.precision > best.s.precision)) best = { t, s }
      }
    }
  }
  return {
    thresholds: best.t,
    alone: best.s,
    combined: judged(best.t, true),
    demo: { flagged: demoFlagged(best.t, true), of: cv.demo.length },
    bayes: score(TUNING, (text) => cv.bayesOf.get(text)!),
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rules = compileLexicon(base)
  const chosen = chooseThresholds(rules)
  console.log(describe('rules alone, tuning (not cross-validated: the rules were written on it)', score(TUNING, judges(rules, trainModel(rules, TUNING, [])).rules)))
  console.log(describe('naive Bayes, 5-fold cross-validation on tuning', chosen.bayes))
  console.log(describe('model alone, 5-fold cross-validation on tuning (thresholds chosen on this)', chosen.alone))
  console.log(describe(`rules + model, 5-fold cross-validation on tuning (thresholds ${JSON.stringify(chosen.thresholds)}; optimistic)`, chosen.combined))
  console.log(`rules + model, 5-fold cross-validation: ${chosen.demo.flagged} of ${chosen.demo.of} training demo posts flagged`)
  if (!process.argv.includes('--check')) {
    const model = trainModel(rules, TUNING, demoPosts().train, chosen.thresholds)
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'lexicon', 'crisis-model.json')
    writeFileSync(file, `${JSON.stringify(model)}\n`)
    console.log(`wrote ${path.relative(process.cwd(), file)}: ${Object.keys(model.flag.weights).length + Object.keys(model.crisis.weights).length} weights`)
  }
}
