// Words that carry no topic in a forum question ("Bagaimana cara saya mengajukan…"): dropped
// before looking for similar questions, so "cara" or "saya" never decides what matches.
const STOPWORDS = new Set(
  (
    'yang dan di ke dari untuk dengan saya aku gue gw kami kita anda kamu apa apakah bagaimana gimana cara ini itu ada tidak tak ' +
    'bisa dapat atau jika kalau kalo pada dalam sudah udah belum akan sebagai oleh karena krn juga mau ingin pengen tolong mohon ' +
    'bapak ibu pak bu kak mas mbak min admin ya nya aja saja sih dong deh gak ga nggak enggak kah lah tanya bertanya boleh harus ' +
    'perlu sama seperti lagi masih kapan dimana mana berapa siapa mengapa kenapa agar supaya bila hal tentang terkait soal ' +
    'the a an and or of to in on for with is are was were be how what when where why who which do does can i my me we our you your it this that'
  ).split(' '),
)

/**
 * The topic words of a question title as a prefix OR-query for PostgreSQL's to_tsquery
 * ("cuti:* | melahirkan:*"), or null when nothing is left. Only letters and digits survive, so
 * the query can never carry tsquery syntax from the user.
 */
export function similarQueryText(text: string, maxTerms = 8): string | null {
  const words = text
    .toLowerCase()
    .normalize('NFKC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3 && !STOPWORDS.has(w))
  const unique = [...new Set(words)].slice(0, maxTerms)
  return unique.length ? unique.map((w) => `${w}:*`).join(' | ') : null
}
