/**
 * Crisis detection (pure; the lexicon is data, db/lexicon/crisis.json). Every post is read as
 * sentences of normalised tokens; patterns find signals (a wish to die, a means, a place, a
 * farewell, an absence, a burden, an attempt, a time…), rules combine them into hits, and the
 * context of each hit makes it "direct" (the writer speaks for themselves: top of the queue)
 * or "indirect" (negated, quoted, about someone else, a film, a training, the news, a joke:
 * still in the queue, ranked lower). Context never removes a hit.
 */
import { judgeContext, type ContextWords, type CrisisContext } from './crisis/context'
import { buildPatternSet, compilePattern, findSignals, normaliseWord, type Pattern, type PatternSet, type SignalHit, type WordClasses } from './crisis/patterns'
import { applyRules, withoutIdioms, type CrisisReason } from './crisis/rules'
import { buildVocabulary, sentencesOf, type Token, type Vocabulary } from './crisis/tokens'

export type { CrisisContext, CrisisReason }

export interface CrisisLexicon {
  /** phrases that flag a post on their own, per language */
  phrases: Record<string, string[]>
  negations: Record<string, string[]>
  /** sentence cues (media, education, news, recovery, jokes) that make a hit indirect */
  reporting: Record<string, string[]>
  /** word lists that signal patterns refer to as {name} */
  classes?: WordClasses
  /** token patterns per signal, combined by app/lib/crisis/rules.ts */
  signals?: Record<string, string[]>
}

export interface CrisisHit {
  /** the words that carry the hit, normalised ("obat tidur + kumpulkan" for a combination) */
  phrase: string
  kind: 'direct' | 'indirect'
  reason: CrisisReason
  /** why a hit is indirect */
  context?: CrisisContext
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's' }

/** Lower case, digit-for-letter spellings undone, letters repeated 3+ times collapsed, punctuation to spaces. */
export function normaliseForLexicon(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[013457@$](?=\p{L})|(?<=\p{L})[013457@$]/gu, (ch) => LEET[ch] ?? ch)
    .replace(/(\p{L})\1{2,}/gu, '$1')
    // "hidupp", "ajaa": a doubled last letter is emphasis, not spelling.
    .replace(/(\p{L})\1(?![\p{L}])/gu, '$1')
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

export interface CompiledLexicon {
  signals: PatternSet
  reporting: PatternSet
  vocabulary: Vocabulary
  context: ContextWords
}

const phraseWords = (phrase: string) =>
  normaliseWord(phrase)
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const flat = (record: Record<string, string[]> | undefined) => Object.values(record ?? {}).flat()

export function compileLexicon(lexicon: CrisisLexicon): CompiledLexicon {
  const classes: WordClasses = { ...lexicon.classes, neg: [...(lexicon.classes?.neg ?? []), ...flat(lexicon.negations)] }
  const compile = (signal: string, sources: string[]) => sources.map((s) => compilePattern(signal, s, classes)).filter((p): p is Pattern => p !== null)
  // Fixed phrases are patterns of plain words (no stems, gaps or classes).
  const phrases = [...new Set(flat(lexicon.phrases).map(phraseWords))].filter(Boolean)
  const signals = buildPatternSet([...compile('explicit', phrases), ...Object.entries(lexicon.signals ?? {}).flatMap(([name, sources]) => compile(name, sources))])
  const reporting = buildPatternSet(compile('reporting', flat(lexicon.reporting)))
  const words = (name: string) => new Set((classes[name] ?? []).map(normaliseWord).filter((w) => !w.endsWith('*')))
  const stems = (name: string) => (classes[name] ?? []).map(normaliseWord).filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1))
  const allWords = new Set([...signals.vocabulary, ...reporting.vocabulary])
  return {
    signals,
    reporting,
    vocabulary: buildVocabulary(allWords, [...new Set([...signals.stems, ...reporting.stems])]),
    context: {
      negations: new Set(flat(lexicon.negations).map(normaliseWord).filter((w) => !w.includes(' '))),
      self: words('self'),
      others: words('others'),
      othersStems: stems('others'),
      aux: words('aux'),
      desire: words('desire'),
    },
  }
}

const text = (tokens: Token[], s: SignalHit) =>
  tokens
    .slice(s.start, s.end)
    .map((t) => t.forms[t.forms.length - 1])
    .join(' ')

/** Every crisis hit in the text, each judged direct or indirect by its context. */
export function detectCrisis(input: string, lexicon: CompiledLexicon): CrisisHit[] {
  const hits: CrisisHit[] = []
  let previous: SignalHit[] = []
  let previousTokens: Token[] = []
  let previousQuoted: boolean | undefined
  for (const sentence of sentencesOf(input, lexicon.vocabulary)) {
    const signals = withoutIdioms(findSignals(lexicon.signals, sentence.tokens))
    // A quote and the text around it are different speakers: signals do not combine across.
    const before = previousQuoted === sentence.quoted ? previous : []
    const found = applyRules(signals, before)
    if (found.length) {
      const reported = findSignals(lexicon.reporting, sentence.tokens).length > 0
      for (const h of found) {
        const context = judgeContext(sentence.tokens, h.primary, sentence.quoted, reported, lexicon.context)
        const support = h.support ? ` + ${text(h.supportBefore ? previousTokens : sentence.tokens, h.support)}` : ''
        const phrase = `${text(sentence.tokens, h.primary)}${support}`
        const hit: CrisisHit = { phrase, kind: context ? 'indirect' : 'direct', reason: h.reason, ...(context ? { context } : {}) }
        if (!hits.some((o) => o.phrase === hit.phrase && o.kind === hit.kind)) hits.push(hit)
      }
    }
    previous = signals
    previousTokens = sentence.tokens
    previousQuoted = sentence.quoted
  }
  return hits
}
