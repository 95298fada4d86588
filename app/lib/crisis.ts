/**
 * Crisis detection (pure; the lexicon is data). A hit is "direct" when the writer speaks for
 * themselves, or "indirect" when the phrase is negated ("bukan ingin bunuh diri"), quoted or
 * reported. Both reach a human; indirect ones rank lower in the queue.
 */
export interface CrisisLexicon {
  phrases: Record<string, string[]>
  negations: Record<string, string[]>
  reporting: Record<string, string[]>
}

export interface CrisisHit {
  phrase: string
  kind: 'direct' | 'indirect'
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
  phrases: { phrase: string; pattern: RegExp }[]
  negations: string[]
  reporting: string[]
}

export function compileLexicon(lexicon: CrisisLexicon): CompiledLexicon {
  const all = (record: Record<string, string[]>) => [...new Set(Object.values(record).flat().map(normaliseForLexicon))].filter(Boolean)
  return {
    phrases: all(lexicon.phrases)
      .sort((a, b) => b.length - a.length)
      .map((phrase) => ({ phrase, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'u') })),
    negations: all(lexicon.negations),
    reporting: all(lexicon.reporting),
  }
}

// Quoted passages: Markdown blockquotes and text in quotation marks.
const QUOTED = /^>.*$|"[^"\n]{1,200}"|“[^”\n]{1,200}”|«[^»\n]{1,200}»/gm

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…])\s+|\n+/).filter((s) => s.trim())
}

/** Every crisis phrase in the text, each judged direct or indirect by its sentence. */
export function detectCrisis(text: string, lexicon: CompiledLexicon): CrisisHit[] {
  const hits: CrisisHit[] = []
  const quotedSpans = [...text.matchAll(QUOTED)].map((m) => normaliseForLexicon(m[0]))
  for (const sentence of sentences(text)) {
    const normalised = normaliseForLexicon(sentence)
    for (const { phrase, pattern } of lexicon.phrases) {
      const match = pattern.exec(normalised)
      if (!match) continue
      if (hits.some((h) => h.phrase.includes(phrase))) continue
      const before = normalised.slice(Math.max(0, match.index - 40), match.index)
      const words = before.split(' ').filter(Boolean).slice(-3)
      const negated = words.some((w, i) => lexicon.negations.includes(w) || lexicon.negations.includes(`${w} ${words[i + 1] ?? ''}`.trim()))
      const reported = lexicon.reporting.some((r) => normalised.includes(r))
      const quoted = quotedSpans.some((q) => q.includes(phrase))
      hits.push({ phrase, kind: negated || reported || quoted ? 'indirect' : 'direct' })
    }
  }
  return hits
}
