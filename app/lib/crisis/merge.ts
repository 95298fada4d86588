import type { CrisisLexicon } from '../crisis'

const KEYS = ['phrases', 'negations', 'reporting', 'classes', 'signals'] as const

/** An instance file's lists appended to the shipped lexicon's (nothing shipped is taken away). */
export function mergeLexicon(into: CrisisLexicon, extra: Partial<CrisisLexicon>): CrisisLexicon {
  const out = structuredClone(into)
  for (const key of KEYS) {
    const target: Record<string, string[]> = (out[key] ??= {})
    for (const [name, list] of Object.entries(extra[key] ?? {})) {
      if (Array.isArray(list)) target[name] = [...(target[name] ?? []), ...list.filter((x): x is string => typeof x === 'string')]
    }
  }
  return out
}
