/**
 * A tiny pattern language over tokens, so the lexicon can say more than fixed phrases while
 * staying data. Steps are separated by spaces:
 *   word          the word itself              a|b|c     any of these
 *   stem*         a word starting with stem    {class}   any word of a word class
 *   ..N           up to N other words (never across a comma or other clause break)
 *   x?            x may be missing             !a|b      the next word is not one of these
 *   $             end of a clause (also as an alternative: a|$)
 * Matching is bounded (gaps are short and tried shortest first), so it stays linear in the
 * text: no regular expression runs over the whole post.
 */
import type { Token } from './tokens'

type Step =
  | { kind: 'word'; words: Set<string>; prefixes: string[]; optional: boolean; orEnd: boolean }
  | { kind: 'gap'; max: number }
  | { kind: 'not'; words: Set<string>; prefixes: string[] }
  | { kind: 'end' }

export interface Pattern {
  signal: string
  source: string
  steps: Step[]
}

export interface PatternSet {
  byWord: Map<string, Pattern[]>
  byPrefix: Map<string, Pattern[]>
  /** every literal word and stem, so obfuscated tokens can be resolved against them */
  vocabulary: Set<string>
  stems: string[]
}

export type WordClasses = Record<string, string[]>

export function normaliseWord(word: string): string {
  return word.toLowerCase().normalize('NFKC').replace(/[’‘`]/g, "'")
}

function alternatives(spec: string, classes: WordClasses): { words: Set<string>; prefixes: string[]; orEnd: boolean } {
  const words = new Set<string>()
  const prefixes: string[] = []
  let orEnd = false
  for (const alt of spec.split('|').filter(Boolean)) {
    if (alt === '$') {
      orEnd = true
      continue
    }
    const classMatch = /^\{(\w+)\}$/.exec(alt)
    const expanded = classMatch ? (classes[classMatch[1]!] ?? []).filter((w) => !w.includes(' ')) : [alt]
    for (const raw of expanded) {
      const w = normaliseWord(raw)
      if (w.endsWith('*') && w.length > 2) prefixes.push(w.slice(0, -1))
      else if (w) words.add(w)
    }
  }
  return { words, prefixes, orEnd }
}

export function compilePattern(signal: string, source: string, classes: WordClasses): Pattern | null {
  const steps: Step[] = []
  for (const part of source.trim().split(/\s+/)) {
    if (/^\.\.\d$/.test(part)) steps.push({ kind: 'gap', max: Number(part.slice(2)) })
    else if (part === '$') steps.push({ kind: 'end' })
    else if (part.startsWith('!')) steps.push({ kind: 'not', ...alternatives(part.slice(1), classes) })
    else {
      const optional = part.length > 1 && part.endsWith('?')
      steps.push({ kind: 'word', optional, ...alternatives(optional ? part.slice(0, -1) : part, classes) })
    }
  }
  const first = steps[0]
  // A pattern must start on a required word so it can be indexed; anything else is a typo.
  if (!first || first.kind !== 'word' || first.optional) return null
  return { signal, source, steps }
}

export function buildPatternSet(patterns: Pattern[]): PatternSet {
  const set: PatternSet = { byWord: new Map(), byPrefix: new Map(), vocabulary: new Set(), stems: [] }
  const add = (map: Map<string, Pattern[]>, key: string, p: Pattern) => {
    const list = map.get(key)
    if (list) list.push(p)
    else map.set(key, [p])
  }
  for (const p of patterns) {
    const first = p.steps[0] as Extract<Step, { kind: 'word' }>
    for (const w of first.words) add(set.byWord, w, p)
    for (const stem of first.prefixes) add(set.byPrefix, stem.slice(0, 2), p)
    for (const step of p.steps) {
      if (step.kind !== 'word' && step.kind !== 'not') continue
      for (const w of step.words) set.vocabulary.add(w)
      set.stems.push(...step.prefixes)
    }
  }
  set.stems = [...new Set(set.stems)]
  return set
}

function wordMatches(step: { words: Set<string>; prefixes: string[] }, token: Token): boolean {
  if (token.boundary) return false
  for (const form of token.forms) {
    if (step.words.has(form)) return true
    for (const stem of step.prefixes) if (form.startsWith(stem)) return true
  }
  return false
}

/** The end (exclusive) of a match of steps[si..] starting at token ti, or -1. */
function matchFrom(steps: Step[], si: number, tokens: Token[], ti: number): number {
  if (si === steps.length) return ti
  const step = steps[si]!
  switch (step.kind) {
    case 'word': {
      if (ti < tokens.length && wordMatches(step, tokens[ti]!)) {
        const end = matchFrom(steps, si + 1, tokens, ti + 1)
        if (end >= 0) return end
      }
      // "$" among the alternatives: a clause end also does, without taking a word.
      if (step.orEnd && (ti === tokens.length || tokens[ti]!.boundary)) {
        const end = matchFrom(steps, si + 1, tokens, ti)
        if (end >= 0) return end
      }
      return step.optional ? matchFrom(steps, si + 1, tokens, ti) : -1
    }
    case 'gap': {
      for (let k = 0; k <= step.max && ti + k <= tokens.length; k++) {
        if (k > 0 && tokens[ti + k - 1]!.boundary) break
        const end = matchFrom(steps, si + 1, tokens, ti + k)
        if (end >= 0) return end
      }
      return -1
    }
    case 'not':
      return ti < tokens.length && wordMatches(step, tokens[ti]!) ? -1 : matchFrom(steps, si + 1, tokens, ti)
    case 'end':
      return ti === tokens.length || tokens[ti]!.boundary ? matchFrom(steps, si + 1, tokens, ti) : -1
  }
}

export interface SignalHit {
  signal: string
  start: number
  end: number
}

/** Every match of every pattern in one sentence's tokens. */
export function findSignals(set: PatternSet, tokens: Token[]): SignalHit[] {
  const hits: SignalHit[] = []
  for (let ti = 0; ti < tokens.length; ti++) {
    const token = tokens[ti]!
    if (token.boundary) continue
    // A pattern reached through two forms of one token is tried once.
    const tried: Pattern[] = []
    for (const form of token.forms) {
      for (const list of [set.byWord.get(form), set.byPrefix.get(form.slice(0, 2))]) {
        if (!list) continue
        for (const p of list) {
          if (token.forms.length > 1) {
            if (tried.includes(p)) continue
            tried.push(p)
          }
          const end = matchFrom(p.steps, 0, tokens, ti)
          if (end > ti) hits.push({ signal: p.signal, start: ti, end })
        }
      }
    }
  }
  return hits
}
