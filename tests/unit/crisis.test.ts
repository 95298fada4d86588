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
import { CRISIS_HELDOUT_10 } from '../fixtures/crisis-heldout-10'
import { CRISIS_HELDOUT_11 } from '../fixtures/crisis-heldout-11'
import { CRISIS_TUNING_SEEN13 } from '../fixtures/crisis-tuning-seen13'
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
// round 9 and before the detector ever ran on it, and scored once with the round-9 detector
// (recall 0.708, precision 0.895). Since round 10 it is a DEVELOPMENT set like set 6: its misses
// were studied to write the round-10 frames, so its figure is no longer a held-out figure.
const CRISIS_DEV_NINE = CRISIS_HELDOUT_9.filter((s) => !TUNING_TEXTS.has(same(s.text)))
// Round 11 grew the tuning data with 887 sentences written for the model (seen13), most in
// wordings no rule knows; the rules were not changed for them. The tuning floors hold on the
// tuning data before round 11; seen13 has floors of its own (the model trained on it, so the
// figure is in-sample; its cross-validated figure is what scripts/crisis-train.ts prints).
const SEEN13 = new Set(CRISIS_TUNING_SEEN13.map((s) => s.text))
const TUNING_BEFORE_11 = TUNING.filter((s) => !SEEN13.has(s.text))

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

/** A labelled set's size, and its scores with the shipped detector and with the rules alone (printed); the former returned. */
function reportSet(label: string, set: LabelledSentence[]) {
  const scores = score(set, judgeWith(lexicon))
  console.log(`${label}: ${set.length} (${sizes(set)})`)
  console.log(describeScores(`crisis detector (rules + model), ${label}`, scores))
  console.log(describeScores(`rules alone, ${label}`, score(set, judgeWith(rulesOnly))))
  return scores
}

// The target is recall >= 0.9 with precision >= 0.8 on held-out text. Precision holds on every
// set; recall holds on sets 7 and 8 (7 + 8 together: 0.955 with the round-9 detector, 0.964 with
// the round-10 one). Set 9 missed it when it was held out (0.708 with the round-9 detector, scored
// once); since round 10 sets 6 and 9 are development sets, and their floors are floors, not
// held-out figures (6: 0.964 → 0.991, 9: 0.708 → 0.986 after their misses were studied).
// Round 11: the tuning floors raised to what the round-11 detector reaches (0.95 / 0.9 before).
const TUNING_RECALL_FLOOR = 0.98
const TUNING_PRECISION_FLOOR = 0.99
const SEEN13_RECALL_FLOOR = 0.78
const SEEN13_PRECISION_FLOOR = 0.92
const DEV_6_RECALL_FLOOR = 0.99
// Round 11: 0.98 → 0.97. Set 9 is a development set; the retrained model (trained on 887 new
// sentences with hard negatives such as "udh di jembatan, bentar lagi sampe") no longer reaches
// one three-fragment message the round-10 model caught, while set 10 went 0.500 → 0.636.
const DEV_9_RECALL_FLOOR = 0.97
const DEV_9_PRECISION_FLOOR = 0.98
const HELDOUT_PRECISION_FLOOR = 0.94
const HELDOUT_7_RECALL_FLOOR = 0.93
const HELDOUT_ALL_RECALL_FLOOR = 0.96

test(`labelled sets: tuning (${TUNING.length}), development sets 6 (${CRISIS_HELDOUT.length}) and 9 (${CRISIS_DEV_NINE.length}), held-out sets 7 (${CRISIS_HELDOUT_LATER.length}) and 8 (${CRISIS_HELDOUT_LAST.length}); recall target 0.9 met on 7, 8 and 7 + 8 (floor ${HELDOUT_ALL_RECALL_FLOOR}); precision >= 0.8 on every set`, () => {
  expect(CRISIS_HELDOUT.length).toBeGreaterThanOrEqual(150)
  expect(TUNING.length + CRISIS_HELDOUT.length).toBeGreaterThanOrEqual(300)
  // At most a stray sentence of a held-out set repeats one of the tuning data (left out above).
  expect(CRISIS_HELDOUT_6.length - CRISIS_HELDOUT.length).toBeLessThanOrEqual(2)
  expect(CRISIS_HELDOUT_7.length - CRISIS_HELDOUT_LATER.length).toBeLessThanOrEqual(2)
  expect(CRISIS_HELDOUT_8.length - CRISIS_HELDOUT_LAST.length).toBeLessThanOrEqual(2)
  expect(CRISIS_DEV_NINE.length).toBeGreaterThanOrEqual(150)
  expect(CRISIS_HELDOUT_9.length - CRISIS_DEV_NINE.length).toBeLessThanOrEqual(2)
  const tuning = score(TUNING_BEFORE_11, judgeWith(lexicon))
  const seen13 = score(CRISIS_TUNING_SEEN13, judgeWith(lexicon))
  const heldOut = score(CRISIS_HELDOUT, judgeWith(lexicon))
  console.log(`crisis sets — tuning ${TUNING.length} (${sizes(TUNING)}); development 6 ${CRISIS_HELDOUT.length} (${sizes(CRISIS_HELDOUT)}); held-out 4 + 5 ${CRISIS_HELDOUT_OLD.length}`)
  console.log(describeScores('rules alone, tuning', score(TUNING, judgeWith(rulesOnly))))
  console.log(describeScores('rules alone, DEVELOPMENT set 6 (held-out until round 9)', score(CRISIS_HELDOUT, judgeWith(rulesOnly))))
  console.log(describeScores('crisis detector (rules + model), tuning before round 11', tuning))
  console.log(describeScores('crisis detector (rules + model), tuning seen13 (round 11, in-sample)', seen13))
  console.log(describeScores('rules alone, tuning seen13 (round 11)', score(CRISIS_TUNING_SEEN13, judgeWith(rulesOnly))))
  console.log(describeScores('crisis detector (rules + model), DEVELOPMENT set 6 (held-out until round 9)', heldOut))
  const later = score(CRISIS_HELDOUT_LATER, judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), HELD-OUT set 7', later))
  console.log(describeScores('rules alone, HELD-OUT set 7', score(CRISIS_HELDOUT_LATER, judgeWith(rulesOnly))))
  const last = score(CRISIS_HELDOUT_LAST, judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), HELD-OUT set 8', last))
  console.log(describeScores('rules alone, HELD-OUT set 8', score(CRISIS_HELDOUT_LAST, judgeWith(rulesOnly))))
  const all = score([...CRISIS_HELDOUT, ...CRISIS_HELDOUT_LATER, ...CRISIS_HELDOUT_LAST], judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), sets 6 (now development) + 7 + 8', all))
  const nine = score(CRISIS_DEV_NINE, judgeWith(lexicon))
  console.log(`development 9: ${CRISIS_DEV_NINE.length} (${sizes(CRISIS_DEV_NINE)})`)
  console.log(describeScores('crisis detector (rules + model), DEVELOPMENT set 9 (held-out until round 10)', nine))
  console.log(describeScores('rules alone, DEVELOPMENT set 9 (held-out until round 10)', score(CRISIS_DEV_NINE, judgeWith(rulesOnly))))
  const unseen = score([...CRISIS_HELDOUT_LATER, ...CRISIS_HELDOUT_LAST], judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), HELD-OUT sets 7 + 8', unseen))
  if (nine.missed.length) console.log('development 9 missed:', nine.missed)
  if (nine.notDirect.length) console.log('development 9 crisis ranked indirect:', nine.notDirect)
  if (nine.wrong.length) console.log('development 9 false alarms:', nine.wrong)
  if (last.missed.length) console.log('held-out 8 missed:', last.missed)
  if (last.wrong.length) console.log('held-out 8 false alarms:', last.wrong)
  console.log(describeScores('crisis detector (rules + model), held-out sets 4 + 5 (older)', score(CRISIS_HELDOUT_OLD, judgeWith(lexicon))))
  if (heldOut.missed.length) console.log('development set 6 missed:', heldOut.missed)
  if (heldOut.notDirect.length) console.log('development set 6 crisis ranked indirect:', heldOut.notDirect)
  if (heldOut.wrong.length) console.log('development set 6 false alarms:', heldOut.wrong)
  expect(tuning.recall).toBeGreaterThanOrEqual(TUNING_RECALL_FLOOR)
  expect(tuning.precision).toBeGreaterThanOrEqual(TUNING_PRECISION_FLOOR)
  expect(seen13.recall).toBeGreaterThanOrEqual(SEEN13_RECALL_FLOOR)
  expect(seen13.precision).toBeGreaterThanOrEqual(SEEN13_PRECISION_FLOOR)
  expect(heldOut.recall).toBeGreaterThanOrEqual(DEV_6_RECALL_FLOOR)
  expect(heldOut.precision).toBeGreaterThanOrEqual(HELDOUT_PRECISION_FLOOR)
  expect(later.recall).toBeGreaterThanOrEqual(HELDOUT_7_RECALL_FLOOR)
  expect(later.precision).toBeGreaterThanOrEqual(HELDOUT_PRECISION_FLOOR)
  // Set 8 is plainer (like sets 4 and 5): the target itself is asserted there.
  expect(last.recall).toBeGreaterThanOrEqual(0.9)
  expect(last.precision).toBeGreaterThanOrEqual(0.8)
  expect(all.recall).toBeGreaterThanOrEqual(0.95)
  expect(all.precision).toBeGreaterThanOrEqual(HELDOUT_PRECISION_FLOOR)
  // Set 9 (development since round 10): floors at what the round-10 detector reaches.
  expect(nine.recall).toBeGreaterThanOrEqual(DEV_9_RECALL_FLOOR)
  expect(nine.precision).toBeGreaterThanOrEqual(DEV_9_PRECISION_FLOOR)
  expect(unseen.recall).toBeGreaterThanOrEqual(HELDOUT_ALL_RECALL_FLOOR)
  expect(unseen.precision).toBeGreaterThanOrEqual(HELDOUT_PRECISION_FLOOR)
})

// Set 10 (a prison guard, a firefighter, a lecturer, a CPNS who failed latsar, a psychiatric
// nurse; Jakarta slang, Betawi, Sundanese, Javanese, Minang, English, code-mixing; means without
// a death word, hand-overs, benefits "when I am gone", doses for oneself; hard negatives) was
// written and committed before round 10 and scored ONCE as held-out with the round-10 detector:
// recall 0.500 (44/88), precision 0.800 — the target was NOT met. Since round 11 it is a
// DEVELOPMENT set like sets 6 and 9: its misses were studied (none of its sentences was copied
// or paraphrased into training). Its floors are what the round-11 detector reaches; the held-out
// sets are 7 and 8 (and set 11, written elsewhere and never seen).
const CRISIS_DEV_TEN = CRISIS_HELDOUT_10.filter((s) => !TUNING_TEXTS.has(same(s.text)))
const DEV_10_RECALL_FLOOR = 0.63
const DEV_10_PRECISION_FLOOR = 0.83
const SETS_7_8_10_RECALL_FLOOR = 0.82
const SETS_7_8_10_PRECISION_FLOOR = 0.92

test(`development set 10 (${CRISIS_DEV_TEN.length}; held-out until round 11, scored once then at 0.500 / 0.800): recall target 0.9 NOT met (floor ${DEV_10_RECALL_FLOOR}), precision floor ${DEV_10_PRECISION_FLOOR}; sets 7 + 8 + 10 (floor ${SETS_7_8_10_RECALL_FLOOR})`, () => {
  expect(CRISIS_DEV_TEN.length).toBeGreaterThanOrEqual(180)
  expect(CRISIS_HELDOUT_10.length - CRISIS_DEV_TEN.length).toBeLessThanOrEqual(2)
  const ten = reportSet('DEVELOPMENT set 10 (held-out until round 11)', CRISIS_DEV_TEN)
  const some = score([...CRISIS_HELDOUT_LATER, ...CRISIS_HELDOUT_LAST, ...CRISIS_DEV_TEN], judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), sets 7 + 8 (held-out) + 10 (development)', some))
  if (ten.missed.length) console.log('development 10 missed:', ten.missed)
  if (ten.notDirect.length) console.log('development 10 crisis ranked indirect:', ten.notDirect)
  if (ten.wrong.length) console.log('development 10 false alarms:', ten.wrong)
  expect(ten.recall).toBeGreaterThanOrEqual(DEV_10_RECALL_FLOOR)
  expect(ten.precision).toBeGreaterThanOrEqual(DEV_10_PRECISION_FLOOR)
  expect(some.recall).toBeGreaterThanOrEqual(SETS_7_8_10_RECALL_FLOOR)
  expect(some.precision).toBeGreaterThanOrEqual(SETS_7_8_10_PRECISION_FLOOR)
})

// Set 11 (a village midwife, a village head's clerk, a PPPK teacher in Papua, a customs officer,
// a court clerk, a police personnel office civilian, a hospital cashier, a retired teacher, a
// young honorer; Papuan Malay, Sundanese, Javanese, Batak, Bugis, Balinese, English) was written
// by another author and committed on its own branch before round 11 was merged; nobody working
// on the detector saw it. Scored ONCE with the round-11 detector: recall 0.515 (50/97),
// precision 0.704 (8 of 79 negatives flagged, 13 of 42 mentions ranked direct). NEITHER target
// is met (recall 0.9, precision 0.8); the floors hold that one scoring, nothing was tuned after.
const CRISIS_HELDOUT_ELEVEN = CRISIS_HELDOUT_11.filter((s) => !TUNING_TEXTS.has(same(s.text)))
const HELDOUT_11_RECALL_FLOOR = 0.51
const HELDOUT_11_PRECISION_FLOOR = 0.7

test(`HELD-OUT set 11 (${CRISIS_HELDOUT_ELEVEN.length}, scored once with the round-11 detector): targets recall 0.9 and precision 0.8 NOT met; recall floor ${HELDOUT_11_RECALL_FLOOR}, precision floor ${HELDOUT_11_PRECISION_FLOOR}`, () => {
  expect(CRISIS_HELDOUT_ELEVEN.length).toBeGreaterThanOrEqual(200)
  expect(CRISIS_HELDOUT_11.length - CRISIS_HELDOUT_ELEVEN.length).toBeLessThanOrEqual(2)
  const eleven = reportSet('HELD-OUT set 11', CRISIS_HELDOUT_ELEVEN)
  const unseen = score([...CRISIS_HELDOUT_LATER, ...CRISIS_HELDOUT_LAST, ...CRISIS_HELDOUT_ELEVEN], judgeWith(lexicon))
  console.log(describeScores('crisis detector (rules + model), HELD-OUT sets 7 + 8 + 11', unseen))
  expect(eleven.recall).toBeGreaterThanOrEqual(HELDOUT_11_RECALL_FLOOR)
  expect(eleven.precision).toBeGreaterThanOrEqual(HELDOUT_11_PRECISION_FLOOR)
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

test('round 10 frames: a means used without a death word, a dose asked for oneself, hand-overs and farewells whose finality sits elsewhere in the post, joining the dead, and their look-alikes', () => {
  // Wordings written for this test, not taken from any labelled set.
  for (const text of [
    'Pistol dinas saya taruh di meja. Tadi malam saya menempelkannya ke kepala sendiri.',
    'Saya beli briket dan selotip, kamar mandi kos bisa ditutup rapat.',
    'Saya sudah cek balok di gudang belakang, baloknya cukup kuat.',
    'Berapa butir obat tidur supaya tidak bangun lagi? Untuk saya sendiri.',
    'Kata sandi HP dan email sudah saya kirim ke adik. Saya tidak akan memakainya lagi.',
    'Tabungan sudah saya alihkan atas nama istri. Jangan salahkan siapa pun.',
    'Kalau ada yang membaca ini, saya sudah di lantai paling atas gedung parkir.',
    'Ayah dan ibu sudah meninggal. Saya ingin menyusul mereka.',
    'Saya sudah memutuskan. Besok pagi saya selesaikan semuanya sendiri.',
    "It's my last night of everything. Goodbye.",
    'I already tried once with pills. This time I will not fail.',
    'Uang duka dari kantor lebih berguna untuk keluarga daripada saya.',
    'kucing sama motor udah gw titip ke sepupu. jangan tanya kenapa ya',
    'Saya sudah pamit ke semua orang. Terima kasih semuanya. Saya tidak akan kembali.',
    'Saya arahkan senapan itu ke diri sendiri tiap malam.',
  ]) {
    expect(kinds(text), text).toContain('direct')
  }
  for (const text of [
    'Pistol dinas harus diarahkan ke sasaran tembak, bukan ke arah rekan.',
    'Beli arang dan selotip untuk acara bakar ikan besok.',
    'Plafon ruang rapat sudah dicek tukang, masih cukup kuat.',
    'Berapa butir obat maag untuk saya sendiri, dokter lagi cuti?',
    'Password email kantor sudah saya ganti, yang lama tidak akan dipakai lagi.',
    'Tolong jaga anak-anak, saya lembur sampai jam sembilan malam ini.',
    'Bapak sudah meninggal lima tahun lalu, saya ingin menyusul ibu ke Surabaya bulan depan.',
    'Saya sudah memutuskan, minggu ini saya selesaikan semuanya: laporan, SPJ, dan arsip.',
    'Top floor of the car park is full, park on level 2.',
    'Kalau ada yang baca ini, tolong info jadwal diklat minggu depan.',
    'Jangan salahkan siapa-siapa, ini memang salah sistem.',
    'Rekening gaji sudah saya pindahkan atas nama istri karena saya pindah tugas.',
    'Anak saya lebih butuh laptop daripada saya, jadi laptopnya saya berikan.',
    'Saya pamit dulu ya. Terima kasih semuanya, sampai ketemu Senin.',
    'Kalau saya meninggal nanti, apakah Taspen otomatis cair ke istri?',
    'Saya sudah cek atap gedung yang bocor, besok tukang datang.',
    'Mobil saya parkir di lantai paling atas gedung parkir, dekat lift.',
    'Knalpot motor bocor, jendela kamar sampai saya tutup karena asapnya.',
    'Berapa tablet vitamin C yang boleh untuk saya sendiri per hari?',
    'Teman-teman sudah berangkat duluan, saya mau menyusul mereka setelah rapat.',
  ]) {
    expect(detectCrisis(text, lexicon), text).toEqual([])
  }
  // Reports, quotes, a patient, a recovery told in the past: reached, ranked lower.
  for (const text of [
    'Catatan jaga: seorang pasien datang setelah mencoba bunuh diri dengan obat nyamuk.',
    'Kutipan dari novel itu, tentang tokoh yang ingin mati, dibacakan di kelas.',
    'Saya pernah ingin bunuh diri dua tahun lalu, sekarang sudah tidak.',
    'My coworker said he wants to die. What should I say?',
  ]) {
    expect(kinds(text), text).toEqual(expect.arrayContaining(['indirect']))
    expect(kinds(text), text).not.toContain('direct')
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
