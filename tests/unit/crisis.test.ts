import { expect, test } from 'vitest'
import base from '#db/lexicon/crisis.json'
import shippedModel from '#db/lexicon/crisis-model.json'
import { compileLexicon, detectCrisis, normaliseForLexicon, type CrisisModel } from '~/lib/crisis'
import { mergeLexicon } from '~/lib/crisis/merge'
import { demoPosts, TUNING } from '../../scripts/crisis-train'
import { CRISIS_HELDOUT_4 } from '../fixtures/crisis-heldout-4'
import { CRISIS_HELDOUT_5 } from '../fixtures/crisis-heldout-5'
import { CRISIS_HELDOUT_6 } from '../fixtures/crisis-heldout-6'
import { CRISIS_HELDOUT_7 } from '../fixtures/crisis-heldout-7'
import { CRISIS_HELDOUT_8 } from '../fixtures/crisis-heldout-8'
import { CRISIS_HELDOUT_9 } from '../fixtures/crisis-heldout-9'
import type { LabelledSentence } from '../fixtures/crisis-labels'
import { describe as describeScores, score } from '../fixtures/crisis-eval'

// What moderation uses: the rules with the shipped model reading what they miss.
const lexicon = compileLexicon(base, shippedModel as CrisisModel)
const rulesOnly = compileLexicon(base)
const kinds = (text: string) => detectCrisis(text, lexicon).map((h) => h.kind)
const judgeWith = (l: typeof lexicon) => (text: string) => {
  const hits = detectCrisis(text, l)
  return { flagged: hits.length > 0, direct: hits.some((h) => h.kind === 'direct') }
}
// Set 6 was written and committed before the round of changes it judges (the "voices" round) and
// scored as held-out then (recall 0.782). Since round 9 it is a DEVELOPMENT set: its misses were
// studied to write the round-9 frames, so its figure is no longer a held-out figure.
// Sets 4 and 5 are older held-out sets, still never tuned on, reported alongside.
// A held-out sentence that also turns up in the tuning data (one author wrote both, and one
// sentence came out the same) is not unseen: it is left out of the held-out score.
const same = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').replace(/\s+/g, ' ').trim()
const TUNING_TEXTS = new Set(TUNING.map((s) => same(s.text)))
const CRISIS_HELDOUT = CRISIS_HELDOUT_6.filter((s) => !TUNING_TEXTS.has(same(s.text)))
const CRISIS_HELDOUT_OLD = [...CRISIS_HELDOUT_4, ...CRISIS_HELDOUT_5].filter((s) => !TUNING_TEXTS.has(same(s.text)))
// Set 7 was written after set 6 was scored and before the last round of changes (round 7).
const CRISIS_HELDOUT_LATER = CRISIS_HELDOUT_7.filter((s) => !TUNING_TEXTS.has(same(s.text)))
// Set 8 was written after sets 6 and 7 were scored and before round 8.
const CRISIS_HELDOUT_LAST = CRISIS_HELDOUT_8.filter((s) => !TUNING_TEXTS.has(same(s.text)))
// Set 9 (new voices: a guru honorer mother, police, a puskesmas nurse, a village official,
// WhatsApp fragments, Sundanese/Javanese/Batak, Gen-Z mix) was written and committed before
// round 9 and before the detector ever ran on it, and scored once with the round-9 detector.
const CRISIS_HELDOUT_NINE = CRISIS_HELDOUT_9.filter((s) => !TUNING_TEXTS.has(same(s.text)))

test('normalisation undoes common spellings', () => {
  expect(normaliseForLexicon('Pengen MATIII aja...')).toBe('pengen mati aja')
  expect(normaliseForLexicon('bunuh d1r1')).toBe('bunuh diri')
  expect(normaliseForLexicon('self-harm')).toBe('self harm')
})

test('negated, quoted and reported mentions still reach a human, ranked lower', () => {
  // Hits carry a reason and, when indirect, the context that lowered them (added for issue 13).
  expect(detectCrisis('Saya bukan ingin bunuh diri, hanya lelah.', lexicon)).toEqual([{ phrase: 'bunuh diri', kind: 'indirect', reason: 'ideation', context: 'negated' }])
  expect(detectCrisis('Rasanya saya ingin bunuh diri.', lexicon)).toEqual([{ phrase: 'bunuh diri', kind: 'direct', reason: 'ideation' }])
  expect(detectCrisis('> pengen mati aja\n\nItu kutipan dari grup.', lexicon)[0]?.kind).toBe('indirect')
  expect(detectCrisis('Teman saya pernah bilang ingin mati.', lexicon)[0]?.kind).toBe('indirect')
})

test('spellings written around a filter are read as the words they stand for', () => {
  for (const text of ['b*nuh d1ri aja lah', 'rasanya pengen b u n u h  d i r i', 'pengen m4t1 ajaaa', 'k.i.l.l myself', 'bunuhdiri aja', 'pengen mattiii ajaa', 'w4nna d1e']) {
    expect(kinds(text), text).toContain('direct')
  }
  // A digit stays a digit where no word comes of undoing it.
  expect(detectCrisis('Sudah 3x saya mengajukan cuti, belum ada jawaban.', rulesOnly)).toEqual([])
})

test('slang, regional spellings, affixes and words cut in two are read as the standard word (round 6)', () => {
  for (const text of [
    'gw pengen cabut aja dr dunia ini',
    'Saya ingin tertidur dan tidak terbangun lagi.',
    'sui cide is on my mind',
    'bun*h d!r!',
    'Kulo pun mboten kiat gesang.',
    'Aku pengin nyudahi uripku.',
    'udh lah gw udahan aja idupnya',
  ]) {
    expect(kinds(text), text).toContain('direct')
  }
  // "matikan" (switch off) is not read as "mati".
  expect(detectCrisis('Tolong matikan AC ruang rapat, saya ingin matikan lampu juga.', rulesOnly)).toEqual([])
})

test('frames generalise over wording: wishing, ending, leaving, joining the dead, giving away, and their look-alikes', () => {
  for (const text of [
    'Saya ingin hidup saya berakhir secepatnya.',
    'Rasanya ingin mengakhiri cerita saya di sini.',
    'Saya ingin bertemu Tuhan secepatnya, tidak mau menunggu tua.',
    'I want to leave this world quietly.',
    'Saya tidak pantas hidup.',
    'Saya sudah mencari di internet dosis yang mematikan.',
    'Semua barang saya sudah saya berikan ke orang lain, saya sudah siap.',
    'Saya ingin segera menyusul suami saya yang sudah tiada.',
  ]) {
    expect(kinds(text), text).toContain('direct')
  }
  for (const text of [
    'Saya ingin keluar dari dunia birokrasi dan jadi pengusaha.',
    'Saya ingin hidup saya lebih teratur tahun ini.',
    'Saya ingin bertemu Tuhan dalam doa setiap malam.',
    'I want to leave this company and start over.',
    'Saya tidak pantas dapat tunjangan kinerja segini.',
    'Berapa dosis paracetamol yang aman untuk anak?',
    'Semua barang saya sudah saya berikan ke panitia bazar amal.',
    'Nanti aku nyusul ke ruang rapat, masih di jalan.',
  ]) {
    expect(detectCrisis(text, rulesOnly), text).toEqual([])
  }
})

test('ordinary words mean a crisis only together: a means with a plan, a place with a jump, a farewell with a time', () => {
  expect(kinds('Obat tidur sudah saya kumpulkan, tinggal menunggu rumah sepi.')).toContain('direct')
  expect(kinds('Obat tidur apa yang aman untuk pekerja shift malam?')).toEqual([])
  expect(kinds('Saya berdiri di jembatan, sudah siap melompat.')).toContain('direct')
  expect(kinds('Jembatan di depan kantor ditutup, lewat mana ya?')).toEqual([])
  expect(kinds('Kalau besok saya tidak ada lagi, tolong jaga anak-anak.')).toContain('direct')
  expect(kinds('Besok saya tidak ada di kantor karena dinas luar.')).toEqual([])
  expect(kinds('Sudah dua kali saya mencoba, kali ini harus berhasil.')).toContain('direct')
  expect(kinds('Sudah dua kali saya mencoba mengajukan mutasi.')).toEqual([])
  expect(kinds('Saya pamit ya semuanya, ini pesan terakhir saya.')).toContain('direct')
  expect(kinds('Saya pamit cuti mulai besok, terima kasih rekan-rekan.')).toEqual([])
  expect(kinds('Everyone would be better off without me.')).toContain('direct')
  expect(kinds('Deadline ini membunuh saya, mati gaya nunggu data.')).toEqual([])
})

test('a training, a film, the news or a friend lowers a hit but never hides it', () => {
  for (const text of [
    'Ada pelatihan pencegahan bunuh diri untuk konselor?',
    'Film tentang remaja yang bunuh diri itu terlalu vulgar.',
    'Teman saya bilang dia ingin mati, saya harus bagaimana?',
    'My friend says she wants to kill herself, how can I help?',
    'Saya tidak akan bunuh diri, cuma butuh cerita.',
  ]) {
    expect(kinds(text), text).toEqual(expect.arrayContaining(['indirect']))
    expect(kinds(text), text).not.toContain('direct')
  }
})

test('an instance file adds phrases and patterns to the shipped lexicon', () => {
  const extended = compileLexicon(mergeLexicon(base, { phrases: { id: ['pengen lenyap'] }, signals: { means: ['tambang'] } }))
  expect(detectCrisis('rasanya pengen lenyap', extended)[0]?.kind).toBe('direct')
  expect(detectCrisis('rasanya pengen lenyap', rulesOnly)).toEqual([])
  expect(detectCrisis('tambang sudah saya siapkan', extended)[0]?.reason).toBe('means')
})

function sizes(set: LabelledSentence[]): string {
  const count = (lang: string, label: string) => set.filter((s) => s.lang === lang && s.label === label).length
  return ['id', 'en'].map((lang) => `${lang}: ${count(lang, 'crisis')} crisis, ${count(lang, 'mention')} mention, ${count(lang, 'not')} not`).join('; ')
}

// The target is recall >= 0.9 with precision >= 0.8 on held-out text. Precision holds on every
// set; recall holds on sets 7 and 8, but not on set 9 (0.708 with the round-9 detector, scored
// once, no change after) nor on 7 + 8 + 9 together (0.858). Where the target does not hold,
// these are floors at what was reached (README, crisis detection). Set 6 is a development set
// since round 9 (0.964 after its misses were studied): a floor, not a held-out figure.
const DEV_6_RECALL_FLOOR = 0.96
const HELDOUT_PRECISION_FLOOR = 0.94
const HELDOUT_7_RECALL_FLOOR = 0.9
const HELDOUT_9_RECALL_FLOOR = 0.7
const HELDOUT_9_PRECISION_FLOOR = 0.89
const HELDOUT_ALL_RECALL_FLOOR = 0.85

test(`labelled sets: tuning (${TUNING.length}), development set 6 (${CRISIS_HELDOUT.length}), held-out sets 7 (${CRISIS_HELDOUT_LATER.length}), 8 (${CRISIS_HELDOUT_LAST.length}) and 9 (${CRISIS_HELDOUT_NINE.length}); recall target 0.9 met on 7 and 8, NOT on 9 (floor ${HELDOUT_9_RECALL_FLOOR}) nor on 7 + 8 + 9 (floor ${HELDOUT_ALL_RECALL_FLOOR}); precision >= 0.8 on every set`, () => {
  expect(CRISIS_HELDOUT.length).toBeGreaterThanOrEqual(150)
  expect(TUNING.length + CRISIS_HELDOUT.length).toBeGreaterThanOrEqual(300)
  // At most a stray sentence of a held-out set repeats one of the tuning data (left out above).
  expect(CRISIS_HELDOUT_6.length - CRISIS_HELDOUT.length).toBeLessThanOrEqual(2)
  expect(CRISIS_HELDOUT_7.length - CRISIS_HELDOUT_LATER.length).toBeLessThanOrEqual(2)
  expect(CRISIS_HELDOUT_8.length - CRISIS_HELDOUT_LAST.length).toBeLessThanOrEqual(2)
  expect(CRISIS_HELDOUT_NINE.length).toBeGreaterThanOrEqual(150)
  expect(CRISIS_HELDOUT_9.length - CRISIS_HELDOUT_NINE.length).toBeLessThanOrEqual(2)
  const tuning = score(TUNING, judgeWith(lexicon))
  const heldOut = score(CRISIS_HELDOUT, judgeWith(lexicon))
  console.log(`crisis sets — tuning ${TUNING.length} (${sizes(TUNING)}); development 6 ${CRISIS_HELDOUT.length} (${sizes(CRISIS_HELDOUT)}); held-out 4 + 5 ${CRISIS_HELDOUT_OLD.length}`)
  console.log(describeScores('rules alone, tuning', score(TUNING, judgeWith(rulesOnly))))
  console.log(describeScores('rules alone, DEVELOPMENT set 6 (held-out until round 9)', score(CRISIS_HELDOUT, judgeWith(rulesOnly))))
  console.log(describeScores('crisis detector (rules + model), tuning', tuning))
  console.log(describeScores('crisis detector (rules + model), DEVELOPMENT set 6 (held-out until round 9)', heldOut))
  const later = score(CRISIS_HELDOUT_LATER, judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), HELD-OUT set 7', later))
  console.log(describeScores('rules alone, HELD-OUT set 7', score(CRISIS_HELDOUT_LATER, judgeWith(rulesOnly))))
  const last = score(CRISIS_HELDOUT_LAST, judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), HELD-OUT set 8', last))
  console.log(describeScores('rules alone, HELD-OUT set 8', score(CRISIS_HELDOUT_LAST, judgeWith(rulesOnly))))
  const all = score([...CRISIS_HELDOUT, ...CRISIS_HELDOUT_LATER, ...CRISIS_HELDOUT_LAST], judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), sets 6 (now development) + 7 + 8', all))
  const nine = score(CRISIS_HELDOUT_NINE, judgeWith(lexicon))
  console.log(`held-out 9: ${CRISIS_HELDOUT_NINE.length} (${sizes(CRISIS_HELDOUT_NINE)})`)
  console.log(describeScores('crisis detector (rules + model), HELD-OUT set 9', nine))
  console.log(describeScores('rules alone, HELD-OUT set 9', score(CRISIS_HELDOUT_NINE, judgeWith(rulesOnly))))
  const unseen = score([...CRISIS_HELDOUT_LATER, ...CRISIS_HELDOUT_LAST, ...CRISIS_HELDOUT_NINE], judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), HELD-OUT sets 7 + 8 + 9', unseen))
  if (nine.missed.length) console.log('held-out 9 missed:', nine.missed)
  if (nine.notDirect.length) console.log('held-out 9 crisis ranked indirect:', nine.notDirect)
  if (nine.wrong.length) console.log('held-out 9 false alarms:', nine.wrong)
  if (last.missed.length) console.log('held-out 8 missed:', last.missed)
  if (last.wrong.length) console.log('held-out 8 false alarms:', last.wrong)
  console.log(describeScores('crisis detector (rules + model), held-out sets 4 + 5 (older)', score(CRISIS_HELDOUT_OLD, judgeWith(lexicon))))
  if (heldOut.missed.length) console.log('development set 6 missed:', heldOut.missed)
  if (heldOut.notDirect.length) console.log('development set 6 crisis ranked indirect:', heldOut.notDirect)
  if (heldOut.wrong.length) console.log('development set 6 false alarms:', heldOut.wrong)
  expect(tuning.recall).toBeGreaterThanOrEqual(0.95)
  expect(tuning.precision).toBeGreaterThanOrEqual(0.9)
  expect(heldOut.recall).toBeGreaterThanOrEqual(DEV_6_RECALL_FLOOR)
  expect(heldOut.precision).toBeGreaterThanOrEqual(HELDOUT_PRECISION_FLOOR)
  expect(later.recall).toBeGreaterThanOrEqual(HELDOUT_7_RECALL_FLOOR)
  expect(later.precision).toBeGreaterThanOrEqual(HELDOUT_PRECISION_FLOOR)
  // Set 8 is plainer (like sets 4 and 5): the target itself is asserted there.
  expect(last.recall).toBeGreaterThanOrEqual(0.9)
  expect(last.precision).toBeGreaterThanOrEqual(0.8)
  expect(all.recall).toBeGreaterThanOrEqual(0.95)
  expect(all.precision).toBeGreaterThanOrEqual(HELDOUT_PRECISION_FLOOR)
  // Set 9: the target is not met; floors at what the one scoring reached.
  expect(nine.recall).toBeGreaterThanOrEqual(HELDOUT_9_RECALL_FLOOR)
  expect(nine.precision).toBeGreaterThanOrEqual(HELDOUT_9_PRECISION_FLOOR)
  expect(unseen.recall).toBeGreaterThanOrEqual(HELDOUT_ALL_RECALL_FLOOR)
  expect(unseen.precision).toBeGreaterThanOrEqual(HELDOUT_PRECISION_FLOOR)
})

test('round 9 frames: an intent with its object left out, arrangements for after, past attempts told as a story, a place of danger with a step', () => {
  for (const text of [
    'Saya sudah tidak kuat lagi. Besok pagi saya akan melakukannya.',
    'Aku beban buat semua orang. Udah kurencanakan mateng2.',
    'Semuanya percuma dan saya capek. Anak-anak sudah tidur. Tinggal eksekusi.',
    'Keluarga saya lebih untung dapat uang duka daripada punya saya.',
    'Saya serahkan kunci gudang dan stempel ke Pak RT, karena saya tidak akan ada lagi untuk mengurusnya.',
    'Anjing saya sudah saya berikan ke sepupu, untuk seterusnya.',
    'Saya pernah minum racun tikus dua tahun lalu. Sekarang keinginan itu datang lagi.',
    'Tiap pagi saya kepikiran melangkah saja dari peron waktu kereta datang.',
    'Di jalan tol saya kepikiran membanting setir ke pembatas.',
  ]) {
    expect(kinds(text), text).toContain('direct')
  }
  // The same words where nothing is being ended: no hit.
  for (const text of [
    'Kami sudah siap. Acara pelantikan mulai jam delapan.',
    'Capek banget minggu ini. Tapi laporan sudah beres, besok tinggal eksekusi anggaran.',
    'Saya lelah sekali dengan atasan. Tapi rencana pindah sudah saya putuskan sejak bulan lalu.',
    'Mohon info pengurusan santunan kematian dari Taspen untuk ahli waris almarhum ayah.',
    'Saya serahkan kunci ruang arsip ke satpam karena besok saya cuti.',
    'Motor sudah saya balik nama ke adik karena saya beli yang baru.',
    'Saya melangkah ke peron dan naik kereta jam tujuh.',
    'Waktu hujan saya harus membanting setir menghindari truk yang berhenti mendadak.',
    'Kucing saya titipkan ke tetangga, tolong urus ya selama saya dinas luar.',
    'Beban kerja berat. Saya sudah siap kalau harus lembur.',
  ]) {
    expect(detectCrisis(text, lexicon), text).toEqual([])
  }
})

test('ordinary forum posts (the demo posts the model never trained on) rarely reach the crisis queue', () => {
  const posts = demoPosts().check
  const flagged = posts.filter((p) => detectCrisis(p, lexicon).length > 0)
  const direct = posts.filter((p) => detectCrisis(p, lexicon).some((h) => h.kind === 'direct'))
  console.log(`demo posts held out: ${flagged.length} of ${posts.length} flagged (${direct.length} direct); rules alone ${posts.filter((p) => detectCrisis(p, rulesOnly).length > 0).length}`)
  if (flagged.length) console.log('flagged demo posts:', flagged.map((p) => p.slice(0, 100)))
  expect(flagged.length).toBeLessThanOrEqual(posts.length * 0.05)
})

test('detection stays fast and linear: a typical post well under 1 ms, 20,000 characters of anything in a few ms', () => {
  const post =
    'Selamat siang Bapak/Ibu. Saya mau tanya soal kenaikan pangkat reguler, berkas saya sudah lengkap tapi belum diproses sejak tiga bulan lalu. ' +
    'Atasan bilang tunggu saja, tapi saya capek menunggu. Apakah ada yang pernah mengalami hal serupa? Terima kasih.'
  for (let i = 0; i < 100; i++) detectCrisis(post, lexicon)
  // The best of five batches: the machine is shared, and a busy neighbour is not our cost.
  const batches = Array.from({ length: 5 }, () => {
    const t = performance.now()
    for (let i = 0; i < 100; i++) detectCrisis(post, lexicon)
    return (performance.now() - t) / 100
  })
  const perPost = Math.min(...batches)
  const shapes = {
    prose: `${post} `,
    stars: 'b*n*h d*r* a*b*c ',
    spaced: 'b u n u h d i r i ',
    signals: 'ingin mati tidak mau hidup gak pamit besok obat tidur jembatan ',
    clauses: 'saya, ',
    unbroken: `${'x'.repeat(60)} `,
  }
  const timings: string[] = []
  for (const [name, unit] of Object.entries(shapes)) {
    const text = unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000)
    // Catastrophic backtracking would take seconds; the best of three keeps a busy machine out of it.
    const ms = Math.min(
      ...[0, 1, 2].map(() => {
        const t = performance.now()
        detectCrisis(text, lexicon)
        return performance.now() - t
      }),
    )
    timings.push(`${name} ${ms.toFixed(1)} ms`)
    expect(ms, name).toBeLessThan(200)
  }
  console.log(`crisis detection: typical post (${post.length} chars) ${perPost.toFixed(3)} ms; 20,000 chars: ${timings.join(', ')}`)
  expect(perPost).toBeLessThan(1)
})
