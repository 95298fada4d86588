// The similar-questions latency run (issue 18.3): the /similar-questions endpoint a member's
// typing calls, at 20 connections over 10,000 threads (a third solved, 300 entries), each
// request a different title. Goal: p99 < 100 ms. Run alone: `npm run build && npm run bench:similar`
// (it reuses the bench database when it is already grown); `npm run bench` runs it too.
import autocannon from 'autocannon'
import { KB_PARAPHRASES } from '../../tests/fixtures/kb-paraphrases'

const TITLE_WORDS = 'cuti tahunan pangkat golongan mutasi gaji tunjangan pensiun taspen kinerja skp atasan lembur jabatan fungsional disiplin karier pelatihan pppk cpns berkas siasn'.split(' ')

export interface SimilarResult {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  non2xx: number
}

/** Titles as members type them: the paraphrase fixture and random topic-word titles, in a fixed order. */
function titles(n: number): string[] {
  let x = 17
  const next = () => (x = (x * 1103515245 + 12345) % 2147483648)
  return Array.from({ length: n }, (_, i) =>
    i % 3 === 0 ? KB_PARAPHRASES[i % KB_PARAPHRASES.length]!.typed : `Bagaimana ${TITLE_WORDS[next() % TITLE_WORDS.length]} ${TITLE_WORDS[next() % TITLE_WORDS.length]} untuk ${TITLE_WORDS[next() % TITLE_WORDS.length]}?`,
  )
}

export async function similarQuestionsRun(url: string, seconds: number, connections = 20): Promise<SimilarResult> {
  const list = titles(500)
  let i = 0
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `/similar-questions?q=${encodeURIComponent(list[i++ % list.length]!)}` }) }],
  })
  const m = { name: `similar questions, ${connections} connection${connections === 1 ? '' : 's'}`, rps: Math.round(result.requests.average), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts, non2xx: result.non2xx }
  console.log(`  ${m.name.padEnd(34)} ${String(m.rps).padStart(7)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  errors ${m.errors}  non-2xx ${m.non2xx}  (goal p99 < 100 ms)`)
  return m
}
