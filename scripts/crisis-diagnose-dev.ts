/**
 * Prints the shipped detector's misses and false alarms on the DEVELOPMENT sets (6 and 9, since
 * round 10) and the tuning sets: the working view while writing the rules. Never on a held-out
 * set (4, 5, 7, 8, 10).
 *
 *   npx tsx scripts/crisis-diagnose-dev.ts [--rules] [--quiet]
 */
import base from '#db/lexicon/crisis.json'
import shippedModel from '#db/lexicon/crisis-model.json'
import { compileLexicon, detectCrisis, type CrisisModel } from '~/lib/crisis'
import { describe, score } from '../tests/fixtures/crisis-eval'
import { CRISIS_HELDOUT_6 } from '../tests/fixtures/crisis-heldout-6'
import { CRISIS_HELDOUT_9 } from '../tests/fixtures/crisis-heldout-9'
import { demoPosts, TUNING } from './crisis-train'

const lexicon = process.argv.includes('--rules') ? compileLexicon(base) : compileLexicon(base, shippedModel as CrisisModel)
const quiet = process.argv.includes('--quiet')
const judge = (text: string) => {
  const hits = detectCrisis(text, lexicon)
  return { flagged: hits.length > 0, direct: hits.some((h) => h.kind === 'direct') }
}
for (const [name, set] of [['tuning', TUNING], ['development 6', CRISIS_HELDOUT_6], ['development 9', CRISIS_HELDOUT_9]] as const) {
  const s = score(set, judge)
  console.log(describe(name, s))
  if (quiet) continue
  for (const m of s.missed) console.log('  MISS', m)
  for (const m of s.notDirect) console.log('  INDIRECT', m, JSON.stringify(detectCrisis(m, lexicon)))
  for (const m of s.wrong) console.log('  WRONG', m, JSON.stringify(detectCrisis(m.replace(/^\(mention ranked direct\) /, ''), lexicon)))
}
const posts = [...demoPosts().train, ...demoPosts().check]
const flagged = posts.filter((p) => detectCrisis(p, lexicon).length > 0)
console.log(`demo posts: ${flagged.length} of ${posts.length} flagged`)
if (!quiet) for (const p of flagged) console.log('  DEMO', p.slice(0, 160), JSON.stringify(detectCrisis(p, lexicon)))
