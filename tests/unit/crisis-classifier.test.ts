import { expect, test } from 'vitest'
import { detectors } from '../../scripts/crisis-classifier'
import { CRISIS_HELDOUT } from '../fixtures/crisis-heldout'
import { describe as describeScores, score } from '../fixtures/crisis-eval'
import { CRISIS_SENTENCES } from '../fixtures/crisis-sentences'
import { CRISIS_TUNING_EXTRA } from '../fixtures/crisis-tuning'
import { CRISIS_TUNING_SEEN } from '../fixtures/crisis-tuning-seen'

const TUNING = [...CRISIS_SENTENCES, ...CRISIS_TUNING_EXTRA, ...CRISIS_TUNING_SEEN]

test('a naive Bayes classifier trained on the tuning set, against the rules, on the held-out set', () => {
  const d = detectors(TUNING)
  const rules = score(CRISIS_HELDOUT, d.rules)
  const bayes = score(CRISIS_HELDOUT, d.bayes)
  const either = score(CRISIS_HELDOUT, d.either)
  console.log(describeScores('naive Bayes, tuning (its own training data)', score(TUNING, d.bayes)))
  console.log(describeScores('rules, held-out', rules))
  console.log(describeScores('naive Bayes, held-out', bayes))
  console.log(describeScores('rules or naive Bayes, held-out', either))
  // The classifier is a yardstick, not shipped; the test only keeps the comparison honest.
  expect(bayes.crisis).toBe(rules.crisis)
})
