import { expect, test } from 'vitest'
import base from '#db/lexicon/crisis.json'
import { compileLexicon, detectCrisis, normaliseForLexicon } from '~/lib/crisis'
import { CRISIS_SENTENCES } from '../fixtures/crisis-sentences'

const lexicon = compileLexicon({ phrases: base.phrases, negations: base.negations, reporting: base.reporting })

test('normalisation undoes common spellings', () => {
  expect(normaliseForLexicon('Pengen MATIII aja...')).toBe('pengen mati aja')
  expect(normaliseForLexicon('bunuh d1r1')).toBe('bunuh diri')
  expect(normaliseForLexicon('self-harm')).toBe('self harm')
})

test('negated, quoted and reported mentions still reach a human, ranked lower', () => {
  expect(detectCrisis('Saya bukan ingin bunuh diri, hanya lelah.', lexicon)).toEqual([{ phrase: 'bunuh diri', kind: 'indirect' }])
  expect(detectCrisis('Rasanya saya ingin bunuh diri.', lexicon)).toEqual([{ phrase: 'bunuh diri', kind: 'direct' }])
  expect(detectCrisis('> pengen mati aja\n\nItu kutipan dari grup.', lexicon)[0]?.kind).toBe('indirect')
  expect(detectCrisis('Teman saya pernah bilang ingin mati.', lexicon)[0]?.kind).toBe('indirect')
})

test(`the labelled set (${CRISIS_SENTENCES.length} sentences, id and en): recall on crisis ≥ 0.95, precision printed`, () => {
  expect(CRISIS_SENTENCES.length).toBeGreaterThanOrEqual(60)
  let tp = 0
  let fn = 0
  let fp = 0
  let directOnNegated = 0
  const missed: string[] = []
  const falseAlarms: string[] = []
  for (const s of CRISIS_SENTENCES) {
    const hits = detectCrisis(s.text, lexicon)
    if (s.label === 'crisis') {
      if (hits.length) tp++
      else {
        fn++
        missed.push(s.text)
      }
    } else if (s.label === 'not') {
      if (hits.length) {
        fp++
        falseAlarms.push(s.text)
      }
    } else if (hits.some((h) => h.kind === 'direct')) directOnNegated++
  }
  const recall = tp / (tp + fn)
  const precision = tp / (tp + fp)
  const negated = CRISIS_SENTENCES.filter((s) => s.label === 'negated')
  const negatedReached = negated.filter((s) => detectCrisis(s.text, lexicon).length > 0).length
  console.log(
    `crisis detector: recall ${recall.toFixed(3)} (${tp}/${tp + fn}), precision ${precision.toFixed(3)} (${fp} false alarms on ${CRISIS_SENTENCES.filter((s) => s.label === 'not').length} hard negatives), ` +
      `negated reached ${negatedReached}/${negated.length}, of which ranked direct ${directOnNegated}`,
  )
  if (missed.length) console.log('missed:', missed)
  if (falseAlarms.length) console.log('false alarms:', falseAlarms)
  expect(recall).toBeGreaterThanOrEqual(0.95)
  expect(precision).toBeGreaterThanOrEqual(0.9)
})
