/**
 * From a post to sentences of tokens, undoing the spellings people use to write around a
 * filter or for emphasis: digits and symbols for letters ("m4t1", "d!ri"), a star for a
 * letter ("b*nuh"), spaced-out letters ("b u n u h  d i r i"), repeated letters ("matiii",
 * "guee"), "2" for reduplication ("bangun2"). A spelling is only undone when it then reads as
 * a word the lexicon knows, so "3x" or "p2k3" stay as written.
 */
export interface Token {
  /** the word as written (lower case) plus any lexicon word it stands for */
  forms: string[]
  /** a comma, semicolon or colon: gaps and context never cross it */
  boundary: boolean
}

export interface Sentence {
  tokens: Token[]
  /** inside a blockquote or quotation marks: someone else's words */
  quoted: boolean
}

export interface Vocabulary {
  words: Set<string>
  /** stems by their first two letters */
  stems: Map<string, string[]>
  /** a word with doubled letters collapsed → the word ("kil" → "kill") */
  collapsed: Map<string, string>
  /** words by first letter, for resolving "b*nuh" */
  byFirst: Map<string, string[]>
  /** forms of words seen before: most words of most posts repeat */
  cache: Map<string, string[]>
}

const CACHE_LIMIT = 20_000
// Signals combine within a sentence; a "sentence" of thousands of words (no full stops) is read
// in stretches of this many tokens, so the work per stretch stays bounded and the whole linear.
const MAX_SENTENCE_TOKENS = 60
// Resolving a wildcard scans the words of one letter; a post full of stars pays it only so often.
const WILDCARDS_PER_POST = 32

const group = (items: string[], key: (s: string) => string) => {
  const map = new Map<string, string[]>()
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item])
  return map
}

export function buildVocabulary(words: Set<string>, stems: string[]): Vocabulary {
  const collapsed = new Map<string, string>()
  for (const w of words) collapsed.set(w.replace(/(\p{L})\1+/gu, '$1'), w)
  return { words, stems: group(stems, (s) => s.slice(0, 2)), collapsed, byFirst: group([...words], (w) => w[0] ?? ''), cache: new Map() }
}

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '|': 'l' }
const WILDCARD = /[*#_]/
const QUOTED = /^>.*$|"[^"\n]{1,300}"|“[^”\n]{1,300}”|«[^»\n]{1,300}»|(?<![\p{L}\p{N}])'[^'\n]{1,300}'(?![\p{L}\p{N}])/gmu
const SPACED = /(?<![\p{L}\p{N}])\p{L}(?:[ .\-_]\p{L}){2,}(?![\p{L}\p{N}])/gu
const TOKEN = /[\p{L}\p{N}@$*!#_|']+|[,;:()]|\p{Extended_Pictographic}/gu

/**
 * Chat, slang and regional spellings → the standard word the patterns are written in
 * ("dr" → "dari", "udh" → "sudah", "idup" → "hidup", "ngilang" → "hilang", "salamina" →
 * "selamanya"). Added as a further form of the token, so a pattern written once in standard
 * Indonesian also reads the way people type. Only words that are not ambiguous in a forum
 * post are listed.
 */
const CANON: Record<string, string> = Object.fromEntries(
  Object.entries({
    dari: 'dr dri',
    yang: 'yg',
    sudah: 'udh udah uda udeh dah sdh sudh wis wes tos su sdah',
    tidak: 'mboten boten ga gak gk nggak ngga nggk enggak engga kagak tdk ndak nda ora teu indak dak seng tra sonde tara hanteu gx kaga',
    lagi: 'lg lgi lai maneh agi',
    besok: 'bsk besuk bsok',
    malam: 'mlm malem',
    sekarang: 'skrg skrng skr',
    saja: 'mawon je aja aj ajah aje ae wae bae sajo ajalah',
    kalau: 'kl klo kalo kalu klau lamun misal',
    hidup: 'idup urip hirup hiduik iduik hdp hidop gesang',
    mati: 'pejah mti mokat modar koit maot paeh tewas mateng',
    hilang: 'ngilang ilang ngilangin leungit ngaleungit ngilank',
    selamanya: 'slamanya slmnya selamanyaa salamina salawasna selamonyo slamanyo',
    ingin: 'pengen pgn pngn pingin pengin kepengen kepingin hoyong hayang nio galak arep pengennya ingn pgen pen pengenn',
    mau: 'mo mw',
    pergi: 'pi',
    mencoba: 'nyoba nyobain nyobak',
    capek: 'cape capai cpk',
    tapi: 'tp tpi',
    sama: 'sm',
    juga: 'jg',
    terus: 'trs ttp',
    karena: 'krn krna karna',
    orang: 'org',
    dengan: 'dgn dg',
    untuk: 'utk',
    bukan: 'bkn',
    jangan: 'jgn jngn jan',
    belum: 'blm',
    akhiri: 'nyudahi udahin nyudahin sudahi menyudahi ngakhirin ngakhiri mangakhiri akhirin ngakhirinnya',
    telan: 'nelen nelan',
    keluarga: 'ortu',
    rasa: 'raso',
    mencari: 'nyari nyariin cariin',
    want: 'wnt wan',
    you: 'u',
    your: 'ur',
  }).flatMap(([canon, variants]) => variants.split(' ').map((v) => [v, canon])),
)

const PREFIXES: [string, string[]][] = [
  ['meny', ['s']],
  ['meng', ['k', '']],
  ['mem', ['p', '']],
  ['men', ['t', '']],
  ['me', ['']],
  ['ber', ['']],
  ['ter', ['']],
  ['di', ['']],
  ['ke', ['']],
  ['nge', ['']],
  ['ng', ['k', '']],
  ['ny', ['s']],
  ['per', ['']],
]
const SUFFIXES = ['kannya', 'innya', 'nya', 'kan', 'lah', 'in', 'an', 'i', 'ku']
// "matikan", "matiin": to switch something off, not to die.
const CAUSATIVE_ONLY = new Set(['mati'])

/** The word with Indonesian affixes taken off, when that leaves a word the lexicon knows ("terbangun" → "bangun"). */
function stemOf(vocab: Vocabulary, word: string): string | undefined {
  if (word.length < 5 || !/^\p{L}+$/u.test(word)) return undefined
  const bases: { base: string; suffix: string }[] = [{ base: word, suffix: '' }]
  for (const suffix of SUFFIXES) if (word.endsWith(suffix) && word.length - suffix.length >= 3) bases.push({ base: word.slice(0, -suffix.length), suffix })
  for (const { base, suffix } of bases) {
    const candidates = suffix ? [base] : []
    for (const [prefix, replacements] of PREFIXES) {
      if (!base.startsWith(prefix) || base.length - prefix.length < 3) continue
      for (const r of replacements) candidates.push(r + base.slice(prefix.length))
    }
    for (const c of candidates) {
      if (c === word || known(vocab, c) !== c) continue
      if (CAUSATIVE_ONLY.has(c) && /(kan|in|i)$/.test(suffix)) continue
      return c
    }
  }
  return undefined
}

function known(vocab: Vocabulary, word: string): string | undefined {
  if (vocab.words.has(word)) return word
  const collapsed = vocab.collapsed.get(word.replace(/(\p{L})\1+/gu, '$1'))
  if (collapsed) return collapsed
  return vocab.stems.get(word.slice(0, 2))?.some((s) => word.startsWith(s)) ? word : undefined
}

function formsOf(raw: string, vocab: Vocabulary, budget: { wildcards: number }): string[] {
  const cached = vocab.cache.get(raw)
  if (cached) return cached
  const forms = resolve(raw, vocab, budget)
  // A wildcard left unresolved for want of budget may resolve in another post: not cached.
  if (budget.wildcards <= 0 && WILDCARD.test(raw)) return forms
  if (vocab.cache.size >= CACHE_LIMIT) vocab.cache.clear()
  vocab.cache.set(raw, forms)
  return forms
}

function resolve(raw: string, vocab: Vocabulary, budget: { wildcards: number }): string[] {
  // "d!r!": a trailing "!" may be a letter, so the leet reading is tried before it is stripped.
  const leetRaw = /\p{L}/u.test(raw) && /[!|]/.test(raw) ? raw.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c) : undefined
  const word = raw.replace(/^['!*#_|]+|['!*#_|]+$/g, '').replace(/(\p{L})\1{2,}/gu, '$1')
  if (!word) return []
  const forms = [word]
  const add = (candidate: string | undefined) => {
    if (candidate && !forms.includes(candidate)) forms.push(candidate)
  }
  add(CANON[word])
  if (vocab.words.has(word)) return forms
  if (leetRaw && vocab.words.has(leetRaw)) add(leetRaw)
  add(known(vocab, word))
  if (/\p{L}/u.test(word) && /[013457@$!|]/.test(word)) add(known(vocab, word.replace(/[013457@$!|]/g, (c) => LEET[c] ?? c)))
  if (word.includes('v')) add(known(vocab, word.replace(/v/g, 'u')))
  if (WILDCARD.test(word) && /^\p{L}/u.test(word) && word.length <= 20 && budget.wildcards-- > 0) {
    // "b*nuh": the star stands for one or two letters; every known word it fits is a form.
    const shape = new RegExp(`^${word.replace(/[.*+?^${}()|[\]\\]/g, (c) => (WILDCARD.test(c) ? c : `\\${c}`)).replace(/[*#_]/g, '\\p{L}{0,2}')}$`, 'u')
    for (const w of vocab.byFirst.get(word[0]!) ?? []) if (shape.test(w)) add(w)
  }
  if (forms.length === 1 || (forms.length === 2 && CANON[word])) {
    const stem = stemOf(vocab, word)
    add(stem)
    if (stem) add(CANON[stem])
  }
  if (forms.length === 1 && word.length >= 7 && word.length <= 24) {
    // "bunuhdiri" from spaced letters written with single spaces: two known words run together.
    for (let i = 3; i <= word.length - 3; i++) {
      const a = word.slice(0, i)
      const b = word.slice(i)
      if (vocab.words.has(a) && vocab.words.has(b)) return [word, `${a} ${b}`]
    }
  }
  return forms
}

function tokenise(text: string, vocab: Vocabulary, budget: { wildcards: number }): Token[] {
  const tokens: Token[] = []
  const prepared = text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(SPACED, (run) => run.replace(/[ .\-_]/g, ''))
    .replace(/(?<=\p{L})2(?=\p{L}|\s|$|[,.!?])/gu, ' ')
  for (const m of prepared.matchAll(TOKEN)) {
    const raw = m[0]
    if (/^[,;:()]$/.test(raw)) {
      tokens.push({ forms: [], boundary: true })
      continue
    }
    const forms = formsOf(raw, vocab, budget)
    // A word cut in two around a filter ("sui cide", "bun uh"): joined when the halves make a
    // word the lexicon knows and one half is not a word of its own.
    const prev = tokens[tokens.length - 1]
    if (prev && !prev.boundary && forms.length && prev.forms.length === 1) {
      const joined = prev.forms[0]! + forms[0]!
      if (joined.length >= 5 && vocab.words.has(joined) && (!vocab.words.has(prev.forms[0]!) || !vocab.words.has(forms[0]!))) {
        tokens[tokens.length - 1] = { forms: [joined], boundary: false }
        continue
      }
    }
    // A run-together pair ("bunuhdiri") becomes two tokens so phrases match across it.
    const pair = forms.find((f) => f.includes(' '))
    if (pair) for (const part of pair.split(' ')) tokens.push({ forms: [part], boundary: false })
    else if (forms.length) tokens.push({ forms, boundary: false })
  }
  return tokens
}

/** Split on sentence ends and line breaks; hyphens and slashes separate words. */
function sentenceTexts(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|\n+|\.{2,}/).map((s) => s.replace(/[-/]/g, ' ')).filter((s) => s.trim())
}

/** The post as sentences, each marked quoted or not. */
export function sentencesOf(text: string, vocab: Vocabulary): Sentence[] {
  const out: Sentence[] = []
  const budget = { wildcards: WILDCARDS_PER_POST }
  let last = 0
  const push = (chunk: string, quoted: boolean) => {
    for (const s of sentenceTexts(chunk)) {
      const tokens = tokenise(s, vocab, budget)
      for (let i = 0; i < tokens.length; i += MAX_SENTENCE_TOKENS) out.push({ tokens: tokens.slice(i, i + MAX_SENTENCE_TOKENS), quoted })
    }
  }
  for (const m of text.matchAll(QUOTED)) {
    push(text.slice(last, m.index), false)
    push(m[0], true)
    last = m.index + m[0].length
  }
  push(text.slice(last), false)
  return out
}
