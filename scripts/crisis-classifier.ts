/**
 * A character n-gram naive Bayes classifier for crisis sentences, kept to compare against the
 * rule-based detector (README, Decisions: crisis detection). It is trained on the tuning
 * sentences only and scored on the held-out ones. It is not used on the write path: on the
 * held-out set it generalises worse than the rules (the unit test prints both).
 *
 *   npx tsx scripts/crisis-classifier.ts            # print both detectors' held-out figures
 *   npx tsx scripts/crisis-classifier.ts model.json # also write the trained model
 */
import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import base from '#db/lexicon/crisis.json'
import { compileLexicon, detectCrisis, normaliseForLexicon } from '~/lib/crisis'
import type { CrisisLabel, LabelledSentence } from '../tests/fixtures/crisis-labels'

export interface NaiveBayes {
  labels: CrisisLabel[]
  priors: Record<string, number>
  /** log P(feature | label), and the log probability of a feature never seen with that label */
  logLikelihood: Record<string, Record<string, number>>
  unseen: Record<string, number>
}

const ALPHA = 0.5

/** Character 2–4-grams of the normalised text, plus its words and word pairs. */
export function features(text: string): string[] {
  const norm = ` ${normaliseForLexicon(text)} `
  const out: string[] = []
  for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= norm.length; i++) out.push(norm.slice(i, i + n))
  const words = norm.trim().split(' ')
  words.forEach((w, i) => {
    out.push(`w:${w}`)
    if (words[i + 1]) out.push(`b:${w} ${words[i + 1]}`)
  })
  return out
}

export function train(set: LabelledSentence[]): NaiveBayes {
  const labels: CrisisLabel[] = ['crisis', 'mention', 'not']
  const counts: Record<string, Map<string, number>> = {}
  const totals: Record<string, number> = {}
  const vocabulary = new Set<string>()
  for (const label of labels) {
    counts[label] = new Map()
    totals[label] = 0
  }
  for (const s of set) {
    for (const f of features(s.text)) {
      counts[s.label]!.set(f, (counts[s.label]!.get(f) ?? 0) + 1)
      totals[s.label]!++
      vocabulary.add(f)
    }
  }
  const model: NaiveBayes = { labels, priors: {}, logLikelihood: {}, unseen: {} }
  for (const label of labels) {
    const denominator = totals[label]! + ALPHA * vocabulary.size
    model.priors[label] = Math.log(set.filter((s) => s.label === label).length / set.length)
    model.unseen[label] = Math.log(ALPHA / denominator)
    model.logLikelihood[label] = Object.fromEntries([...counts[label]!].map(([f, c]) => [f, Math.log((c + ALPHA) / denominator)]))
  }
  return model
}

export function classify(model: NaiveBayes, text: string): CrisisLabel {
  const fs = features(text)
  let best: CrisisLabel = 'not'
  let bestScore = -Infinity
  for (const label of model.labels) {
    const table = model.logLikelihood[label]!
    let score = model.priors[label]!
    for (const f of fs) score += table[f] ?? model.unseen[label]!
    if (score > bestScore) {
      bestScore = score
      best = label
    }
  }
  return best
}

/** The three detectors the README compares, each as flagged / direct for one text. */
export function detectors(tuning: LabelledSentence[]) {
  const lexicon = compileLexicon(base)
  const model = train(tuning)
  const rules = (text: string) => {
    const hits = detectCrisis(text, lexicon)
    return { flagged: hits.length > 0, direct: hits.some((h) => h.kind === 'direct') }
  }
  const bayes = (text: string) => {
    const label = classify(model, text)
    return { flagged: label !== 'not', direct: label === 'crisis' }
  }
  const either = (text: string) => {
    const a = rules(text)
    const b = bayes(text)
    return { flagged: a.flagged || b.flagged, direct: a.direct || b.direct }
  }
  return { model, rules, bayes, either }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { CRISIS_SENTENCES } = await import('../tests/fixtures/crisis-sentences')
  const { CRISIS_TUNING_EXTRA } = await import('../tests/fixtures/crisis-tuning')
  const { CRISIS_TUNING_SEEN } = await import('../tests/fixtures/crisis-tuning-seen')
  const { CRISIS_HELDOUT } = await import('../tests/fixtures/crisis-heldout')
  const { describe, score } = await import('../tests/fixtures/crisis-eval')
  const d = detectors([...CRISIS_SENTENCES, ...CRISIS_TUNING_EXTRA, ...CRISIS_TUNING_SEEN])
  for (const [name, judge] of [['rules', d.rules], ['naive Bayes', d.bayes], ['rules or naive Bayes', d.either]] as const) {
    console.log(describe(`${name}, held-out`, score(CRISIS_HELDOUT, judge)))
  }
  if (process.argv[2]) writeFileSync(process.argv[2], JSON.stringify(d.model))
}
