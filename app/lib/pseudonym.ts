/** Pseudonym rules shared by the sign-up form and the server. */
import { remove as removeConfusables } from 'confusables'

export const PSEUDONYM_MIN = 3
export const PSEUDONYM_MAX = 30

// Zero-width, bidi-control and other invisible format characters: refused, never silently stored.
// eslint-disable-next-line no-misleading-character-class -- a list of single invisible code points, on purpose
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u
const ALLOWED = /^[\p{L}\p{N}._-]+$/u
const STARTS_WITH_LETTER = /^\p{L}/u

// Letters that are distinct letters rather than look-alikes, spelled out before the confusables pass.
const LIGATURES: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd' }
// After lowercasing: glyphs that look alike in common UI fonts collapse to one.
const LOOKALIKE_SEQUENCES: [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/[il1|!]/g, 'l'],
  [/0/g, 'o'],
  [/5/g, 's'],
  [/3/g, 'e'],
  [/4/g, 'a'],
]

function foldCharacters(value: string): string {
  const spelled = Array.from(value.normalize('NFKC').toLowerCase(), (ch) => LIGATURES[ch] ?? ch).join('')
  // Unicode's confusables data (every script's Latin look-alikes), then diacritics stripped.
  return removeConfusables(spelled).toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
}

/**
 * The uniqueness key of a pseudonym: case, diacritics, separators and look-alike characters
 * folded away, so "Rusa_Biru", "rusabiru" and "Rusа-Вiru" (Cyrillic) collide.
 */
export function pseudonymKey(value: string): string {
  let folded = foldCharacters(value).replace(/[._-]/g, '')
  for (const [pattern, replacement] of LOOKALIKE_SEQUENCES) folded = folded.replace(pattern, replacement)
  return folded
}

// Names that would let a member pass as staff or as the system itself.
const RESERVED_SUBSTRINGS = [
  'admin', 'administrator', 'moderator', 'moderasi', 'konselor', 'counselor', 'counsellor', 'konseling',
  'teduh', 'official', 'resmi', 'sistem', 'system', 'support', 'petugas', 'verified', 'terverifikasi',
  'anonim', 'anonymous', 'staff', 'kepegawaian', 'deleted', 'dihapus', 'helpdesk', 'root',
]
const RESERVED_TOKENS = ['bkn', 'mod', 'staf', 'hrd', 'sdm', 'cs', 'op', 'bot', 'kemenpan', 'ksp']

function tokens(value: string): string[] {
  return value
    .normalize('NFKC')
    .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
    .replace(/(\p{L})(\p{N})/gu, '$1 $2')
    .split(/[\s._-]+/u)
    .filter(Boolean)
    .map(pseudonymKey)
}

export function impersonatesStaff(value: string): boolean {
  const key = pseudonymKey(value)
  if (RESERVED_SUBSTRINGS.some((word) => key.includes(pseudonymKey(word)))) return true
  const reservedTokens = new Set(RESERVED_TOKENS.map(pseudonymKey))
  return tokens(value).some((token) => reservedTokens.has(token))
}

export type PseudonymProblem = 'tooShort' | 'tooLong' | 'invisible' | 'characters' | 'startLetter' | 'reserved'

/** The first rule a pseudonym breaks, or null. Uniqueness is checked separately against the database. */
export function pseudonymProblem(value: string): PseudonymProblem | null {
  if (INVISIBLE.test(value)) return 'invisible'
  const normalized = value.normalize('NFKC')
  const length = Array.from(normalized).length
  if (length < PSEUDONYM_MIN) return 'tooShort'
  if (length > PSEUDONYM_MAX) return 'tooLong'
  if (!ALLOWED.test(normalized)) return 'characters'
  if (!STARTS_WITH_LETTER.test(normalized)) return 'startLetter'
  if (impersonatesStaff(normalized)) return 'reserved'
  return null
}

const ANIMALS = [
  'Kancil', 'Elang', 'Rusa', 'Merpati', 'Kucing', 'Paus', 'Penyu', 'Jalak', 'Cendrawasih', 'Harimau',
  'Gajah', 'Bangau', 'Rajawali', 'Kijang', 'Tupai', 'Beruang', 'Kakatua', 'Anoa', 'Lumba', 'Kutilang',
]
const ADJECTIVES = [
  'Tenang', 'Cerdas', 'Ramah', 'Sabar', 'Ceria', 'Tangguh', 'Bijak', 'Lincah', 'Jujur', 'Riang',
  'Hangat', 'Gesit', 'Teguh', 'Santai', 'Damai', 'Cermat', 'Tekun', 'Rajin',
]

/** A friendly Indonesian suggestion such as "KancilTenang42" (animal, then adjective, as Indonesian orders them). */
export function suggestPseudonym(random: () => number = Math.random): string {
  const pick = <T,>(list: readonly T[]) => list[Math.floor(random() * list.length)]!
  return `${pick(ANIMALS)}${pick(ADJECTIVES)}${10 + Math.floor(random() * 90)}`
}
