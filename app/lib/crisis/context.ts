/**
 * Whether a hit speaks for the writer (direct) or not (indirect): negated ("saya tidak ingin
 * bunuh diri"), about someone else ("teman saya bilang dia ingin mati"), inside a quote, or
 * in a sentence about a film, a training, the news, a recovery, or a joke ("wkwk"). Context
 * only ever lowers a hit's rank; it never removes it.
 */
import type { SignalHit } from './patterns'
import type { Token } from './tokens'

export type CrisisContext = 'negated' | 'quoted' | 'third-person' | 'reported'

export interface ContextWords {
  negations: Set<string>
  self: Set<string>
  others: Set<string>
  othersStems: string[]
  /** words that may stand between a negation and what it negates ("tidak akan pernah …") */
  aux: Set<string>
  desire: Set<string>
}

const has = (set: Set<string>, t: Token | undefined) => !!t && t.forms.some((f) => set.has(f))
const REFLEXIVE_OTHER = /^(himself|herself|themselves|their|his|dirinya|hidupnya|nyawanya|tangannya|lengannya)$/
// "gak tau kenapa pengen mati": a negation of knowing is filler, not a negation of the wish.
const FILLER_AFTER_NEGATION = new Set(['tau', 'tahu', 'ngerti', 'know', 'sure', 'paham'])

function isOther(words: ContextWords, t: Token | undefined): boolean {
  return !!t && t.forms.some((f) => words.others.has(f) || words.othersStems.some((s) => f.startsWith(s)))
}

// "bukan mau mengakhiri hidup": a pattern that starts on "bukan" has the negation inside it.
const NEGATED_START = new Set(['bukan', 'bkn', 'bukannya'])

function negated(tokens: Token[], start: number, words: ContextWords): boolean {
  if (has(NEGATED_START, tokens[start])) return true
  for (let i = start - 1; i >= 0 && i >= start - 7; i--) {
    const t = tokens[i]!
    if (t.boundary) return false
    if (has(words.negations, t)) return !has(FILLER_AFTER_NEGATION, tokens[i + 1])
    if (!has(words.aux, t) && !has(words.desire, t) && !has(words.self, t)) return false
  }
  return false
}

/** The nearest subject before the hit in its clause: someone else, or the writer (or nobody). */
function aboutSomeoneElse(tokens: Token[], hit: SignalHit, words: ContextWords): boolean {
  for (let i = hit.start; i < hit.end; i++) if (tokens[i]!.forms.some((f) => REFLEXIVE_OTHER.test(f))) return true
  // "… lebih mudah tanpa aku": the hit names the writer, whoever else the clause is about.
  for (let i = hit.start; i < hit.end; i++) if (has(words.self, tokens[i]) && !isOther(words, tokens[i - 1])) return false
  for (let i = hit.start - 1; i >= 0 && i >= hit.start - 10; i--) {
    const t = tokens[i]!
    if (t.boundary) return false
    // "teman saya", "temen sekantor gw": a possessive after a person is that person.
    if (has(words.self, t)) return isOther(words, tokens[i - 1]) || (!tokens[i - 1]?.boundary && isOther(words, tokens[i - 2]))
    if (isOther(words, t)) return true
  }
  return false
}

export function judgeContext(tokens: Token[], hit: SignalHit, quoted: boolean, reportedSentence: boolean, words: ContextWords): CrisisContext | undefined {
  if (quoted) return 'quoted'
  if (negated(tokens, hit.start, words)) return 'negated'
  if (aboutSomeoneElse(tokens, hit, words)) return 'third-person'
  if (reportedSentence) return 'reported'
  return undefined
}
