/**
 * Crisis detection (pure; the lexicon is data, db/lexicon/crisis.json). Every post is read as
 * sentences of normalised tokens; patterns find signals (a wish to die, a means, a place, a
 * farewell, an absence, a burden, an attempt, a time…), rules combine them into hits, and the
 * context of each hit makes it "direct" (the writer speaks for themselves: top of the queue)
 * or "indirect" (negated, quoted, about someone else, a film, a training, the news, a joke:
 * still in the queue, ranked lower). Context never removes a hit.
 */
import { densify, probability, sentenceBuckets, unionBuckets, type CrisisModel, type DenseModel, type SentenceView } from './crisis/classifier'
import { judgeContext, type ContextWords, type CrisisContext } from './crisis/context'
import { buildPatternSet, compilePattern, findSignals, normaliseWord, type Pattern, type PatternSet, type SignalHit, type WordClasses } from './crisis/patterns'
import { applyRules, withoutIdioms, type CrisisReason } from './crisis/rules'
import { buildVocabulary, sentencesOf, type Token, type Vocabulary } from './crisis/tokens'

export type { CrisisContext, CrisisModel, CrisisReason }

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
  /** what the rules saw, or 'classifier' when only the model did */
  reason: CrisisReason | 'classifier'
  /** why a hit is indirect ('uncertain': the model thinks it a mention rather than a crisis) */
  context?: CrisisContext | 'uncertain'
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
  /** read only the sentences the rules found nothing in; absent, the rules work alone */
  model?: CrisisModel
  dense?: { flag: DenseModel; crisis: DenseModel }
}

const phraseWords = (phrase: string) =>
  normaliseWord(phrase)
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()

const flat = (record: Record<string, string[]> | undefined) => Object.values(record ?? {}).flat()

export function compileLexicon(lexicon: CrisisLexicon, model?: CrisisModel): CompiledLexicon {
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
    ...(model ? { model, dense: { flag: densify(model.flag, model.buckets), crisis: densify(model.crisis, model.buckets) } } : {}),
  }
}

const text = (tokens: Token[], s: SignalHit) =>
  tokens
    .slice(s.start, s.end)
    .map((t) => t.forms[t.forms.length - 1])
    .join(' ')

export interface SentenceReading extends SentenceView {
  quoted: boolean
  hits: CrisisHit[]
  /** the sentence's hashed model features, computed when first needed */
  buckets?: number[]
}

/** A sentence's model features, computed once however many windows it is read in. */
export function bucketsOf(sentence: SentenceReading, buckets: number): number[] {
  return (sentence.buckets ??= sentenceBuckets(sentence, buckets))
}

/** Each sentence with its tokens, signals and rule hits (the model's input, and the trainer's). */
export function readSentences(input: string, lexicon: CompiledLexicon): SentenceReading[] {
  const sentences = sentencesOf(input, lexicon.vocabulary).map((sentence) => ({ ...sentence, signals: withoutIdioms(findSignals(lexicon.signals, sentence.tokens)) }))
  // Round 10: a support may also come after its signal ("Saya sudah naik ke atap. Tinggal sekali
  // lagi."), and a post-wide combination may find it anywhere in the writer's own words.
  const later: Map<string, number>[] = []
  let tail = new Map<string, number>()
  for (let i = sentences.length - 1; i >= 0; i--) {
    later[i] = tail
    const s = sentences[i]!
    if (!s.quoted) {
      tail = new Map(tail)
      for (const h of s.signals) tail.set(h.signal, (tail.get(h.signal) ?? 0) + 1)
    }
  }
  const out: SentenceReading[] = []
  let previous: SentenceReading | undefined
  // the writer's own signals from every sentence before the one before (quotes left out)
  const earlier = new Set<string>()
  let pending: SignalHit[] = []
  sentences.forEach((sentence, i) => {
    const signals = sentence.signals
    // A quote and the text around it are different speakers: signals do not combine across.
    const before = previous && previous.quoted === sentence.quoted ? previous : undefined
    const next = sentences[i + 1]?.quoted === sentence.quoted ? sentences[i + 1] : undefined
    const afterNext = new Set([...(later[i + 1] ?? new Map<string, number>()).keys()])
    const post = sentence.quoted ? new Set<string>() : new Set([...earlier, ...afterNext])
    const found = applyRules(signals, before?.signals ?? [], post, next?.signals ?? [])
    for (const p of pending) earlier.add(p.signal)
    pending = sentence.quoted ? [] : signals
    const hits: CrisisHit[] = []
    if (found.length) {
      const reported = isReported(lexicon, sentence.tokens)
      for (const h of found) {
        const context = judgeContext(sentence.tokens, h.primary, sentence.quoted, reported, lexicon.context)
        const supportTokens = h.supportBefore && before ? before.tokens : h.supportAfter && next ? next.tokens : sentence.tokens
        const support = h.support ? ` + ${text(supportTokens, h.support)}` : ''
        hits.push({ phrase: `${text(sentence.tokens, h.primary)}${support}`, kind: context ? 'indirect' : 'direct', reason: h.reason, ...(context ? { context } : {}) })
      }
    }
    previous = { tokens: sentence.tokens, signals, quoted: sentence.quoted, hits }
    out.push(previous)
  })
  return out
}

/**
 * A sentence with one of these signals is read against the model's flag threshold; any other
 * against its stricter open threshold (round 11; before, only these were read): ordinary posts
 * on a wellbeing forum are long, first-person and sad without being a crisis, and each sentence
 * read is another chance of a false alarm.
 */
const MODEL_GATE = new Set([
  'die_word', 'life_word', 'weary', 'finality', 'absence', 'absence_lagi', 'absence_cond', 'burden', 'vanish', 'means', 'drug', 'place', 'jump',
  'farewell_soft', 'farewell_strong', 'letter', 'giveaway', 'giveaway_all', 'on_place', 'depart', 'no_burden_more', 'throw_self', 'nekat', 'when_die', 'nothing_left', 'drastic', 'fearless', 'resolve', 'scout', 'taken', 'nobody_cares', 'attempt_bare', 'end_weak', 'all_stop', 'join_family', 'no_longer_need', 'imminent', 'ingest_all',
])

export const modelReads = (sentence: SentenceView) => sentence.signals.some((s) => MODEL_GATE.has(s.signal))

/**
 * Round 11: a model with an open threshold reads every sentence. Set 10's misses were mostly
 * sentences with no signal at all ("butirnya saya masukkan ke toples"), which no gate lets in.
 */
export const modelReadsAny = (model: CrisisModel, sentence: SentenceView) => model.thresholds.open !== undefined || modelReads(sentence)

/** A sentence about a film, a training, the news, a recovery, or a joke. */
export const isReported = (lexicon: CompiledLexicon, tokens: Token[]) => findSignals(lexicon.reporting, tokens).length > 0

/** The first person named in a sentence is someone else ("Teman saya …", "My friend …"). */
function startsWithSomeoneElse(lexicon: CompiledLexicon, tokens: Token[]): boolean {
  const { self, others, othersStems } = lexicon.context
  const isOther = (t: Token | undefined) => !!t && t.forms.some((form) => others.has(form) || othersStems.some((stem) => form.startsWith(stem)))
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (isOther(t)) return true
    // "My coworker said …": a possessive before a person is that person (round 10).
    if (t.forms.some((f) => self.has(f))) return isOther(tokens[i + 1]) && ['my', 'our'].includes(t.forms[0] ?? '')
  }
  return false
}

export interface ModelView {
  flag: number
  crisis: number
  /** the sentence has a signal the model is gated on (else the stricter open threshold holds) */
  gated: boolean
  /** the model's hit would be indirect whatever its score: a quote, a report, someone else */
  lowered?: 'quoted' | 'reported' | 'third-person'
}

/** The model's two probabilities for a set of features (the compiled dense weights when they are this model's). */
function scoresOf(model: CrisisModel, lexicon: CompiledLexicon, features: number[]) {
  const dense = lexicon.model === model ? lexicon.dense : undefined
  return { flag: probability(dense?.flag ?? model.flag, features), crisis: probability(dense?.crisis ?? model.crisis, features) }
}

/** How a sentence's context lowers a model hit, and whether it carries a gated signal. */
function contextOf(lexicon: CompiledLexicon, sentence: SentenceReading, postQuotes: boolean): Pick<ModelView, 'gated' | 'lowered'> {
  // Text around a quote is the writer talking about someone else's words.
  const quoted = sentence.quoted || postQuotes
  const lowered = quoted ? 'quoted' : isReported(lexicon, sentence.tokens) ? 'reported' : startsWithSomeoneElse(lexicon, sentence.tokens) ? 'third-person' : undefined
  return { gated: modelReads(sentence), ...(lowered ? { lowered } : {}) }
}

/** The model's two probabilities for sentence i (read with the one before), and its context. */
export function modelView(model: CrisisModel, lexicon: CompiledLexicon, sentences: SentenceReading[], i: number, postQuotes: boolean): ModelView {
  const sentence = sentences[i]!
  const before = sentences[i - 1]
  const features = unionBuckets(before ? [bucketsOf(before, model.buckets), bucketsOf(sentence, model.buckets)] : [bucketsOf(sentence, model.buckets)], model.buckets)
  return { ...scoresOf(model, lexicon, features), ...contextOf(lexicon, sentence, postQuotes) }
}

/**
 * Round 11: a short post is also read whole, as the model was trained (each labelled text is
 * one example, all its sentences together): "jgn cari aku ya. hp ku matiin. udh di jembatan"
 * says in three fragments what none says alone. Longer posts are read in windows only.
 */
export const POST_VIEW_MAX_SENTENCES = 6

export function postView(model: CrisisModel, lexicon: CompiledLexicon, sentences: SentenceReading[], postQuotes: boolean): ModelView | undefined {
  if (sentences.length < 2 || sentences.length > POST_VIEW_MAX_SENTENCES) return undefined
  const features = unionBuckets(sentences.map((s) => bucketsOf(s, model.buckets)), model.buckets)
  // Only the sentences' contexts: scoring each of them again would repeat the per-sentence pass.
  const contexts = sentences.map((s) => contextOf(lexicon, s, postQuotes))
  const lowered = contexts.find((c) => c.lowered)?.lowered
  return { ...scoresOf(model, lexicon, features), gated: contexts.some((c) => c.gated), ...(lowered ? { lowered } : {}) }
}

const hitOf = (model: CrisisModel, view: ModelView, tokens: Token[]): CrisisHit | undefined => {
  if (view.flag < (view.gated ? model.thresholds.flag : (model.thresholds.open ?? Infinity))) return undefined
  const phrase = tokens
    .filter((t) => !t.boundary)
    .slice(0, 12)
    .map((t) => t.forms[t.forms.length - 1])
    .join(' ')
  const context = view.lowered ?? (view.crisis >= model.thresholds.crisis ? undefined : 'uncertain')
  return { phrase, kind: context ? 'indirect' : 'direct', reason: 'classifier', ...(context ? { context } : {}) }
}

/** What the model says of a sentence the rules found nothing in (undefined: not a hit). */
function modelHit(model: CrisisModel, lexicon: CompiledLexicon, sentences: SentenceReading[], i: number, postQuotes: boolean): CrisisHit | undefined {
  return hitOf(model, modelView(model, lexicon, sentences, i, postQuotes), sentences[i]!.tokens)
}

/**
 * Every crisis hit in the text, each judged direct or indirect by its context. A pure
 * function of the text and the compiled lexicon; linear in the text's length.
 */
export function detectCrisis(input: string, lexicon: CompiledLexicon): CrisisHit[] {
  const hits: CrisisHit[] = []
  const sentences = readSentences(input, lexicon)
  const postQuotes = sentences.some((s) => s.quoted)
  sentences.forEach((sentence, i) => {
    const found = sentence.hits.length || !lexicon.model || !modelReadsAny(lexicon.model, sentence) ? sentence.hits : [modelHit(lexicon.model, lexicon, sentences, i, postQuotes)].filter((h): h is CrisisHit => !!h)
    for (const hit of found) if (!hits.some((o) => o.phrase === hit.phrase && o.kind === hit.kind)) hits.push(hit)
  })
  const model = lexicon.model
  if (!hits.length && model?.thresholds.open !== undefined) {
    const view = postView(model, lexicon, sentences, postQuotes)
    const hit = view && hitOf(model, view, sentences[0]!.tokens)
    if (hit) hits.push(hit)
  }
  return hits
}
