/**
 * Which signals make a crisis hit. Some say it on their own ("pengen mati", "gak pengen idup
 * lagi", "better off without me"); the rest are ordinary words that only mean a crisis
 * together: a means with a preparation ("obat tidur … saya kumpulkan"), a place with a jump
 * ("di jembatan, siap melompat"), a farewell with a time or a finality ("pamit … terakhir"),
 * an absence with a farewell or a burden ("kalau besok saya tidak ada lagi, tolong jaga
 * anak-anak"), an attempt with a count ("sudah dua kali saya mencoba"). Supports may sit in
 * the sentence before, as people write one thought over two sentences.
 */
import type { SignalHit } from './patterns'

export type CrisisReason = 'ideation' | 'plan' | 'means' | 'attempt' | 'farewell' | 'burden' | 'self-harm'

const ALONE: Record<string, CrisisReason> = {
  explicit: 'ideation',
  wish_die: 'ideation',
  life_weary: 'ideation',
  not_alive: 'ideation',
  end_life: 'ideation',
  sleep_forever: 'ideation',
  vanish_final: 'ideation',
  join_dead: 'ideation',
  regret_alive: 'ideation',
  thoughts: 'ideation',
  rhetorical: 'ideation',
  method_search: 'plan',
  how_to_die: 'plan',
  method_wish: 'plan',
  better_without: 'burden',
  self_harm: 'self-harm',
  attempt_means: 'attempt',
  farewell_strong: 'farewell',
  giveaway_all: 'farewell',
  self_method: 'plan',
  not_here: 'ideation',
  hang_setup: 'plan',
  not_long: 'farewell',
  final_day: 'farewell',
}

/**
 * `post`: the support may sit anywhere earlier in the post, not only in this sentence or the one
 * before (round 9: an intent whose object is left out, "saya akan melakukannya", "tinggal
 * eksekusi", means something only when the post has said hopelessness or burden already).
 */
const COMBOS: { primary: string; needs: string[]; reason: CrisisReason; post?: true }[] = [
  { primary: 'means', needs: ['prepare', 'ingest_all', 'time', 'imminent'], reason: 'means' },
  { primary: 'drug', needs: ['ingest_all', 'prepare', 'enough'], reason: 'means' },
  { primary: 'letter', needs: ['farewell_soft', 'time', 'finality', 'weary', 'absence', 'absence_cond', 'burden', 'no_blame', 'reader'], reason: 'farewell' },
  { primary: 'giveaway', needs: ['no_longer_need', 'farewell_soft', 'finality', 'weary', 'time', 'prepare', 'absence', 'absence_lagi'], reason: 'farewell' },
  { primary: 'join_family', needs: ['weary', 'desire', 'finality', 'life_weary'], reason: 'ideation' },
  { primary: 'place', needs: ['jump', 'imminent', 'scout', 'scout_high'], reason: 'plan' },
  { primary: 'attempt_bare', needs: ['count', 'time', 'finality'], reason: 'attempt' },
  { primary: 'end_weak', needs: ['time', 'finality', 'life_weary', 'weary', 'desire', 'comparative', 'life_word'], reason: 'plan' },
  { primary: 'all_stop', needs: ['desire', 'finality', 'weary'], reason: 'ideation' },
  { primary: 'farewell_soft', needs: ['time', 'finality', 'absence', 'absence_lagi', 'absence_cond', 'weary', 'burden', 'nobody_cares'], reason: 'farewell' },
  { primary: 'absence_lagi', needs: ['time', 'farewell_soft', 'finality', 'burden', 'nobody_cares', 'weary', 'comparative'], reason: 'burden' },
  { primary: 'absence', needs: ['farewell_soft', 'finality', 'burden', 'nobody_cares', 'weary', 'comparative'], reason: 'burden' },
  { primary: 'absence_cond', needs: ['farewell_soft', 'nobody_cares', 'burden', 'weary', 'comparative', 'finality', 'absence_lagi', 'solved'], reason: 'burden' },
  { primary: 'burden', needs: ['absence', 'absence_cond', 'vanish', 'comparative', 'weary', 'nobody_cares'], reason: 'burden' },
  { primary: 'on_place', needs: ['farewell_soft', 'farewell_strong', 'weary', 'desire', 'jump', 'plea', 'burden', 'time', 'imminent', 'reader'], reason: 'plan' },
  { primary: 'depart', needs: ['finality', 'burden', 'weary', 'absence_lagi', 'nobody_cares'], reason: 'farewell' },
  { primary: 'no_burden_more', needs: ['time', 'finality', 'farewell_soft', 'farewell_strong'], reason: 'burden' },
  { primary: 'throw_self', needs: ['place', 'desire', 'time', 'jump', 'weary'], reason: 'plan' },
  { primary: 'nekat', needs: ['time', 'weary', 'desire', 'finality', 'drug', 'means'], reason: 'plan' },
  { primary: 'when_die', needs: ['weary', 'life_weary', 'desire', 'finality'], reason: 'ideation' },
  { primary: 'nothing_left', needs: ['weary', 'finality', 'farewell_soft', 'desire'], reason: 'ideation' },
  { primary: 'drastic', needs: ['time', 'weary', 'finality'], reason: 'plan' },
  { primary: 'fearless', needs: ['prepare', 'weary', 'desire', 'time', 'finality'], reason: 'ideation' },
  { primary: 'resolve', needs: ['time', 'weary', 'finality'], reason: 'plan' },
  { primary: 'taken', needs: ['weary', 'life_weary', 'finality'], reason: 'ideation' },
  { primary: 'vanish', needs: ['burden', 'nobody_cares', 'finality', 'weary'], reason: 'ideation' },
  // round 9 frames (development set 6)
  { primary: 'intent_elided', needs: ['weary', 'life_weary', 'burden', 'nobody_cares', 'better_without', 'wish_die', 'giveaway', 'letter', 'resolve'], reason: 'plan', post: true },
  { primary: 'handover', needs: ['not_around', 'no_longer_need', 'finality_strong', 'no_blame'], reason: 'farewell' },
  { primary: 'giveaway', needs: ['not_around', 'finality_strong', 'no_blame', 'secrecy'], reason: 'farewell' },
  { primary: 'benefit', needs: ['absence', 'comparative', 'burden', 'better_without', 'not_around'], reason: 'burden' },
  { primary: 'attempt_past', needs: ['again', 'time', 'desire', 'weary'], reason: 'attempt' },
  { primary: 'step_off', needs: ['place', 'platform', 'imagine', 'desire', 'weary', 'time'], reason: 'plan' },
  { primary: 'crash', needs: ['imagine', 'desire', 'weary', 'all_stop', 'time'], reason: 'plan' },
  // round 10 frames (development sets 6 and 9): an act whose means says it without a death word,
  // a dose asked for oneself, a hand-over or farewell whose finality sits elsewhere in the post,
  // joining the dead, "selesaikan semuanya" after a decision
  { primary: 'aim_self', needs: ['means', 'desire', 'imagine', 'weary', 'time'], reason: 'plan' },
  { primary: 'fumes', needs: ['sealed'], reason: 'means' },
  { primary: 'hang_point', needs: ['scout', 'means', 'weary', 'burden', 'nobody_cares'], reason: 'plan', post: true },
  { primary: 'dose_q', needs: ['for_self', 'fatal', 'secrecy', 'sleep_forever'], reason: 'plan' },
  { primary: 'no_blame', needs: ['time', 'finality', 'absence_cond', 'weary', 'burden', 'handover', 'giveaway', 'letter'], reason: 'farewell' },
  { primary: 'handover', needs: ['no_blame', 'not_around'], reason: 'farewell', post: true },
  { primary: 'giveaway', needs: ['no_blame', 'secrecy', 'not_around'], reason: 'farewell', post: true },
  { primary: 'farewell_soft', needs: ['finality_strong', 'absence_lagi', 'farewell_strong', 'no_blame'], reason: 'farewell', post: true },
  { primary: 'join_family', needs: ['dead_other'], reason: 'ideation', post: true },
  { primary: 'end_all', needs: ['decided', 'weary', 'life_weary', 'burden', 'resolve', 'nobody_cares'], reason: 'plan', post: true },
]

/**
 * Farewells and absences at work ("pamit cuti", "surat perpisahan untuk Pak Kadis yang pensiun",
 * "besok saya sudah tidak di sini lagi, pindah ke kanwil") are not goodbyes to life; medicine
 * with a doctor, an illness or a trip is not a means; charcoal for a grill is not fumes.
 */
const VETOES: Record<string, Set<string>> = {
  office: new Set(['farewell_strong', 'farewell_soft', 'absence', 'absence_lagi', 'giveaway', 'giveaway_all', 'not_long', 'vanish', 'depart', 'no_burden_more', 'not_here']),
  benign: new Set(['means', 'drug', 'fumes', 'dose_q']),
  leisure: new Set(['sleep_forever', 'vanish', 'vanish_final', 'depart']),
  // a roof that leaks, a bridge under repair (round 10)
  repair: new Set(['place']),
}

const vetoed = (signal: string, present: Set<string>) => Object.entries(VETOES).some(([veto, signals]) => present.has(veto) && signals.has(signal))

export interface RuleHit {
  reason: CrisisReason
  /** the signal that carries the hit, and the one that supports it when it needs one */
  primary: SignalHit
  support?: SignalHit
  /** the support sits in the sentence before */
  supportBefore?: boolean
  /** the support sits in the sentence after (round 10) */
  supportAfter?: boolean
}

/**
 * Supports too common to be taken from the sentence after: "Pisau dapur tumpul. Saya simpan di
 * laci saja." and "Saya pamit. Besok saya mulai di tempat baru." are not plans.
 */
const NOT_FROM_NEXT = new Set(['time', 'prepare', 'desire', 'weary', 'imagine', 'farewell_soft', 'plea'])

const overlaps = (a: SignalHit, b: SignalHit) => a.start < b.end && b.start < a.end
// A search that names its place ("cari tahu jembatan mana yang paling tinggi") supports the
// place inside it: the one signal whose support may wrap its primary.
const WRAPPING = new Set(['scout_high'])
const wraps = (o: SignalHit, s: SignalHit) => WRAPPING.has(o.signal) && o.start <= s.start && o.end >= s.end && o.end - o.start > s.end - s.start

/** Idioms ("mati gaya", "ketawa sampai mau mati") take the words they cover out of play. */
export function withoutIdioms(signals: SignalHit[]): SignalHit[] {
  const idioms = signals.filter((s) => s.signal === 'idiom')
  return signals.filter((s) => s.signal !== 'idiom' && !idioms.some((i) => overlaps(i, s)))
}

/**
 * Crisis hits in one sentence, given its signals, those of the sentence before and after, and
 * (for post-wide combinations) the names of the writer's signals elsewhere in the post.
 */
export function applyRules(signals: SignalHit[], previous: SignalHit[], earlier: ReadonlySet<string> = new Set(), following: SignalHit[] = []): RuleHit[] {
  const present = new Set([...signals, ...previous].map((s) => s.signal))
  // A support taken from the sentence after is judged with that sentence's vetoes too.
  const presentAfter = new Set([...present, ...following.map((s) => s.signal)])
  const usable = signals.filter((s) => !vetoed(s.signal, present))
  const hits: RuleHit[] = []
  // The widest reading first ("kenapa gak mati aja" over "mati aja"), fixed phrases before
  // patterns of the same width.
  const width = (s: SignalHit) => s.end - s.start
  for (const s of [...usable].sort((a, b) => width(b) - width(a) || Number(b.signal === 'explicit') - Number(a.signal === 'explicit'))) {
    const alone = ALONE[s.signal]
    if (alone) hits.push({ reason: alone, primary: s })
  }
  // Signals by name, so finding a support costs a lookup per needed signal, not a scan.
  const group = (list: SignalHit[]) => {
    const map = new Map<string, SignalHit[]>()
    for (const h of list) map.set(h.signal, [...(map.get(h.signal) ?? []), h])
    return map
  }
  const here = group(usable)
  const before = group(previous.filter((o) => !vetoed(o.signal, present)))
  const after = group(following.filter((o) => !NOT_FROM_NEXT.has(o.signal) && !vetoed(o.signal, presentAfter)))
  for (const s of usable) {
    for (const combo of COMBOS) {
      if (combo.primary !== s.signal) continue
      let support: SignalHit | undefined
      for (const need of combo.needs) support ??= here.get(need)?.find((o) => o !== s && (!overlaps(o, s) || wraps(o, s)))
      if (support) {
        hits.push({ reason: combo.reason, primary: s, support })
        continue
      }
      for (const need of combo.needs) support ??= before.get(need)?.[0]
      if (support) {
        hits.push({ reason: combo.reason, primary: s, support, supportBefore: true })
        continue
      }
      if (!vetoed(s.signal, presentAfter)) {
        for (const need of combo.needs) support ??= after.get(need)?.[0]
        if (support) {
          hits.push({ reason: combo.reason, primary: s, support, supportAfter: true })
          continue
        }
      }
      // Post-wide, an office word anywhere (a transfer, a leave) explains the farewell.
      if (combo.post && !presentAfter.has('office') && !earlier.has('office')) {
        if (combo.needs.some((need) => earlier.has(need))) hits.push({ reason: combo.reason, primary: s })
      }
    }
  }
  // One hit per stretch of words: a signal that says it alone wins over a combination.
  return hits.filter((h, i) => !hits.slice(0, i).some((o) => overlaps(o.primary, h.primary)))
}
