/**
 * Prints the shipped detector's misses and false alarms on the TUNING sets only (never on a
 * held-out set): the working view while tuning the rules.
 *
 *   npx tsx scripts/crisis-diagnose.ts [--rules]
 */
import base from '#db/lexicon/crisis.json'
import shippedModel from '#db/lexicon/crisis-model.json'
import { compileLexicon, detectCrisis, type CrisisModel } from '~/lib/crisis'
import { describe, score } from '../tests/fixtures/crisis-eval'
import { TUNING } from './crisis-train'

const lexicon = process.argv.includes('--rules') ? compileLexicon(base) : compileLexicon(base, shippedModel as CrisisModel)
const s = score(TUNING, (text) => {
  const hits = detectCrisis(text, lexicon)
  return { flagged: hits.length > 0, direct: hits.some((h) => h.kind === 'direct') }
})
console.log(describe('tuning', s))
for (const m of s.missed) console.log('MISS', m)
for (const m of s.notDirect) console.log('INDIRECT', m)
for (const m of s.wrong) console.log('WRONG', m, JSON.stringify(detectCrisis(m.replace(/^\(mention ranked direct\) /, ''), lexicon)))
