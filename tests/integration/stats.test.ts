import type { Role } from '#db/schema'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { startTestApp, type TestApp } from '../fixtures/app'
import { Client, visibleText } from '../fixtures/client'
import { createMember, loginAs, type TestMember } from '../fixtures/factories'
import { hoursAfter, insertCase, insertFeedback, insertFlag, insertThread, makeExpert, parseCsv, statsRow, statsTable, wib } from '../fixtures/stats'

let app: TestApp
let admin: Client

// Each scenario lives in its own past week, so the scenarios never count each other's rows.
const FIGURES = 'from=2025-03-03&to=2025-03-09'
const SMALL = 'from=2025-04-07&to=2025-04-13'
const ONE_PERSON = 'from=2025-05-05&to=2025-05-11'

const members = (n: number) => Promise.all(Array.from({ length: n }, () => createMember(app.db)))

beforeAll(async () => {
  app = await startTestApp()
  // An admin-named category that a spreadsheet would run as a formula.
  await app.db.insertInto('categories').values({ slug: 'uji-formula', name_id: '=HYPERLINK("http://contoh.test","klik")', name_en: '=1+2', position: 99 }).execute()
  admin = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
})
afterAll(() => app?.close())

describe('who may see the analytics', () => {
  test('a visitor is sent to log in, for the page and for the CSV', async () => {
    const visitor = new Client(app)
    const page = await visitor.get('/admin/stats')
    expect(page.status).toBe(302)
    expect(page.location).toBe('/login?redirectTo=%2Fadmin%2Fstats')
    const csv = await visitor.get('/admin/stats.csv?table=activity')
    expect(csv.status).toBe(302)
    expect(csv.location).toMatch(/^\/login\?redirectTo=%2Fadmin%2Fstats\.csv/)
  })

  test.each<Role>(['member', 'expert', 'moderator', 'counselor', 'intake', 'hr'])('a %s gets 404 for the page and the CSV', async (role) => {
    const client = await loginAs(app, await createMember(app.db, { roles: role === 'member' ? [] : [role] }))
    expect((await client.get('/admin/stats')).status).toBe(404)
    expect((await client.get('/admin/stats.csv?table=categories')).status).toBe(404)
    expect((await client.get('/')).html).not.toContain('href="/admin/stats"')
  })

  test('an admin sees the page, linked from the header, and gets the CSV', async () => {
    const page = await admin.get('/admin/stats')
    expect(page.status).toBe(200)
    expect(page.response.headers.get('Cache-Control')).toContain('no-store')
    expect(page.html).toContain('href="/admin/stats"')
    expect(visibleText(page.html)).toContain('Analitik')
    const csv = await admin.get('/admin/stats.csv?table=activity')
    expect(csv.status).toBe(200)
  })
})

describe('the date range', () => {
  test('by default the last 90 days, per week, with quick ranges', async () => {
    const page = await admin.get('/admin/stats')
    const text = visibleText(page.html)
    expect(text).toContain('per minggu (WIB)')
    for (const label of ['7 hari terakhir', '30 hari terakhir', '90 hari terakhir', '12 bulan terakhir', 'Tahun ini']) expect(text).toContain(label)
    expect(page.html).toMatch(/aria-current="true"[^>]*>90 hari terakhir/)
  })

  test('a start after the end is refused next to the end field, keeping both dates, with 400', async () => {
    const page = await admin.get('/admin/stats?from=2025-03-10&to=2025-03-01')
    expect(page.status).toBe(400)
    expect(page.html).toMatch(/id="stats-range-to-error"[^>]*><li>Tanggal akhir tidak boleh sebelum tanggal awal\.<\/li>/)
    expect(page.html).toMatch(/<input[^>]*id="stats-range-to"[^>]*aria-invalid="true"[^>]*aria-describedby="stats-range-to-error"/)
    expect(page.html).toMatch(/id="stats-range-from"[^>]*value="2025-03-10"|value="2025-03-10"[^>]*id="stats-range-from"/)
    expect(page.html).toMatch(/value="2025-03-01"/)
    expect(page.html).not.toContain('data-table="activity"')
  })

  test('a malformed or impossible date is refused next to its field, keeping what was typed', async () => {
    for (const typed of ['2025-13-40', '2025-02-30', 'kemarin']) {
      const page = await admin.get(`/admin/stats?from=${encodeURIComponent(typed)}&to=2025-03-01`)
      expect(page.status, typed).toBe(400)
      expect(page.html, typed).toMatch(/id="stats-range-from-error"[^>]*><li>Tulis tanggal yang valid dengan format TTTT-BB-HH/)
      expect(page.html, typed).toContain(`value="${typed}"`)
    }
  })

  test('the error is translated for an English reader', async () => {
    const english = await loginAs(app, await createMember(app.db, { roles: ['admin'] }))
    english.headers['Accept-Language'] = 'en'
    const page = await english.get('/admin/stats?from=2025-03-10&to=2025-03-01')
    expect(page.status).toBe(400)
    expect(page.html).toContain('The end date cannot be before the start date.')
  })

  test('the CSV answers a bad range with 400 and the translated reason', async () => {
    const bad = await admin.get('/admin/stats.csv?table=activity&from=2025-03-10&to=2025-03-01')
    expect(bad.status).toBe(400)
    expect(bad.response.headers.get('Content-Type')).toContain('text/plain')
    expect(bad.html).toContain('Sampai tanggal: Tanggal akhir tidak boleh sebelum tanggal awal.')
    const malformed = await admin.get('/admin/stats.csv?table=activity&from=31-12-2025')
    expect(malformed.status).toBe(400)
    expect(malformed.html).toContain('Dari tanggal: Tulis tanggal yang valid')
    const unknown = await admin.get('/admin/stats.csv?table=members&from=2025-03-03&to=2025-03-09')
    expect(unknown.status).toBe(400)
    expect(unknown.html).toContain('Tabel itu tidak ada.')
  })

  test('a range over five years is refused', async () => {
    const page = await admin.get('/admin/stats?from=2015-01-01&to=2025-01-01')
    expect(page.status).toBe(400)
    expect(page.html).toContain('Rentang paling panjang 5 tahun.')
  })
})

describe('figures on a small seeded week (3–9 March 2025, WIB)', () => {
  let a: TestMember[]
  beforeAll(async () => {
    a = await members(15)
    for (let i = 0; i < 5; i++) await makeExpert(app.db, a[5 + i]!, 'cuti')
    const threads = []
    // Solved, in Cuti: answered after 1–5 hours by a verified expert of Cuti, the answer accepted.
    for (let i = 0; i < 5; i++) {
      const at = wib('2025-03-04T01:00')
      threads.push(await insertThread(app.db, { author: a[i]!, category: 'cuti', at, replies: [{ author: a[5 + i]!, at: hoursAfter(at, i + 1) }], acceptReply: 0, tags: ['cuti-tahunan'] }))
    }
    // Answered but not solved, in Gaji: after 6–10 hours, by members who are not experts.
    for (let i = 0; i < 5; i++) {
      const at = wib('2025-03-05T01:00')
      threads.push(await insertThread(app.db, { author: a[5 + i]!, category: 'gaji', at, replies: [{ author: a[i]!, at: hoursAfter(at, i + 6) }], tags: [`langka-${i}`] }))
    }
    // Unanswered, at 00:30 WIB on the first day (still 2 March in UTC): inside the range.
    for (let i = 0; i < 5; i++) await insertThread(app.db, { author: a[10 + i]!, category: 'gaji', at: wib('2025-03-03T00:30') })
    // Outside the range by half an hour, and a deleted thread inside it: neither counts.
    for (let i = 0; i < 5; i++) await insertThread(app.db, { author: a[10 + i]!, category: 'mutasi', at: wib('2025-03-02T23:30') })
    const deleted = await insertThread(app.db, { author: a[0]!, category: 'mutasi', at: wib('2025-03-06T10:00') })
    await app.db.updateTable('threads').set({ deleted_at: new Date() }).where('id', '=', deleted.threadId).execute()
    // Ten spam flags on ten members' questions; five handled after 1–5 hours.
    for (let i = 0; i < 10; i++) {
      const at = wib('2025-03-06T10:00')
      await insertFlag(app.db, { postId: threads[i]!.openingPostId, threadId: threads[i]!.threadId, flagger: a[14]!, reason: 'spam', at, resolvedAt: i < 5 ? hoursAfter(at, i + 1) : undefined })
    }
    // Cases: five wellbeing requests (assigned after 1–5 h, first answer after 2–6 h, closed, rated 4)
    // and five career escalations (assigned after 2 h, still open).
    for (let i = 0; i < 5; i++) {
      const at = wib('2025-03-04T09:00')
      const id = await insertCase(app.db, { member: a[i]!, type: 'wellbeing', source: 'request', at, assignedAt: hoursAfter(at, i + 1), firstResponseAt: hoursAfter(at, i + 2), closedAt: wib('2025-03-07T12:00') })
      await insertFeedback(app.db, id, 4, wib('2025-03-08T08:00'))
    }
    for (let i = 0; i < 5; i++) {
      const at = wib('2025-03-05T09:00')
      await insertCase(app.db, { member: a[5 + i]!, type: 'career', source: 'escalation', at, assignedAt: hoursAfter(at, 2) })
    }
  })

  test('threads and replies per day, in Jakarta days', async () => {
    const page = await admin.get(`/admin/stats?${FIGURES}`)
    expect(page.status).toBe(200)
    expect(visibleText(page.html)).toContain('3 Maret 2025 sampai 9 Maret 2025, per hari (WIB).')
    const rows = statsTable(page.html, 'activity')
    expect(rows.map((r) => r[0])).toEqual(['3 Mar 2025', '4 Mar 2025', '5 Mar 2025', '6 Mar 2025', '7 Mar 2025', '8 Mar 2025', '9 Mar 2025', 'Jumlah'])
    expect(rows.map((r) => r.slice(1))).toEqual([['5', '0'], ['5', '5'], ['5', '5'], ['0', '0'], ['0', '0'], ['0', '0'], ['0', '0'], ['15', '10']])
  })

  test('dominant categories first, tags used by at least five people, outcomes and share solved', async () => {
    const page = await admin.get(`/admin/stats?${FIGURES}`)
    const categories = statsTable(page.html, 'categories')
    expect(categories.slice(0, 2)).toEqual([
      ['Gaji, Tunjangan & Pensiun', '10'],
      ['Cuti & Izin', '5'],
    ])
    expect(categories.at(-1)).toEqual(['Jumlah', '15'])
    expect(statsRow(page.html, 'categories', 'Mutasi & Penempatan')).toEqual(['0'])
    // Tags used by one asker each are not listed at all.
    expect(statsTable(page.html, 'tags')).toEqual([['cuti-tahunan', '5']])
    expect(statsTable(page.html, 'outcomes')).toEqual([
      ['Selesai (ada jawaban diterima)', '5', '33,3%'],
      ['Terjawab, belum selesai', '5', '33,3%'],
      ['Belum terjawab', '5', '33,3%'],
      ['Jumlah', '15', '100%'],
    ])
  })

  test('median and 90th percentile of the time to a first answer and to a first expert answer', async () => {
    const page = await admin.get(`/admin/stats?${FIGURES}`)
    // First answers after 1…10 hours: median 5.5 h, p90 9.1 h; experts answered after 1…5 hours: 3 h and 4.6 h.
    expect(statsRow(page.html, 'response', 'Jawaban pertama dari anggota lain')).toEqual(['5,5 jam', '9,1 jam'])
    expect(statsRow(page.html, 'response', 'Jawaban pertama dari pakar terverifikasi')).toEqual(['3 jam', '4,6 jam'])
  })

  test('flags handled and the time to handle them', async () => {
    const page = await admin.get(`/admin/stats?${FIGURES}`)
    expect(statsRow(page.html, 'flags', 'Spam')).toEqual(['5', '5', '10'])
    expect(statsRow(page.html, 'flags', 'Jumlah')).toEqual(['5', '5', '10'])
    expect(statsRow(page.html, 'flags', 'Risiko krisis / menyakiti diri')).toEqual(['0', '0', '0'])
    expect(statsRow(page.html, 'flagTimes', 'Semua alasan')).toEqual(['3 jam', '4,6 jam'])
    expect(statsRow(page.html, 'flagTimes', 'Pelecehan atau perundungan')).toEqual(['<5', '<5'])
  })

  test('cases opened and closed by type and source, over time, time to assignment and first response, satisfaction', async () => {
    const page = await admin.get(`/admin/stats?${FIGURES}`)
    expect(statsRow(page.html, 'casesOpened', 'Kesejahteraan / psikologis')).toEqual(['0', '5', '0', '5'])
    expect(statsRow(page.html, 'casesOpened', 'Karier')).toEqual(['5', '0', '0', '5'])
    expect(statsRow(page.html, 'casesOpened', 'Jumlah')).toEqual(['5', '5', '0', '10'])
    expect(statsRow(page.html, 'casesClosed', 'Jumlah')).toEqual(['0', '5', '0', '5'])
    expect(statsRow(page.html, 'casesOverTime', '4 Mar 2025')).toEqual(['5', '0'])
    expect(statsRow(page.html, 'casesOverTime', '7 Mar 2025')).toEqual(['0', '5'])
    // Assigned after 1,2,3,4,5,2,2,2,2,2 hours: median 2 h, p90 4.1 h; first answers after 2…6 hours: 4 h and 5.6 h.
    expect(statsRow(page.html, 'caseTimes', 'Semua tingkat urgensi')).toEqual(['2 jam', '4,1 jam', '4 jam', '5,6 jam'])
    expect(statsRow(page.html, 'caseTimes', 'Krisis')).toEqual(['<5', '<5', '<5', '<5'])
    expect(statsRow(page.html, 'satisfaction', 'Nilai 4')).toEqual(['5'])
    expect(statsRow(page.html, 'satisfaction', 'Nilai 1')).toEqual(['0'])
    expect(statsRow(page.html, 'satisfaction', 'Rata-rata')).toEqual(['4,0'])
  })

  test('each chart is an SVG image with a title and a description, next to its table', async () => {
    const page = await admin.get(`/admin/stats?${FIGURES}`)
    const charts = [...page.html.matchAll(/<svg role="img" aria-labelledby="([^" ]+) ([^"]+)"[^>]*>\s*<title id="\1">([^<]+)<\/title><desc id="\2">([^<]+)<\/desc>/g)]
    expect(charts.map((c) => c[3])).toEqual([
      'Utas dan balasan dari waktu ke waktu',
      'Kategori masalah yang dominan',
      'Laporan yang ditangani',
      'Kasus dibuka menurut jenis dan asal',
      'Kasus dibuka dan ditutup dari waktu ke waktu',
      'Kepuasan (penilaian kasus 1–5)',
    ])
    expect(charts[1]![4]).toContain('Terbanyak: Gaji, Tunjangan &amp; Pensiun (10).')
    expect(charts[0]![4]).toContain('Angka lengkap ada di tabel.')
    // Geometry only: no script draws the charts in the browser.
    expect(page.html).not.toMatch(/d3-(scale|shape)/)
  })

  test('the CSV of a table holds the same figures, as an attachment in UTF-8', async () => {
    const csv = await admin.get(`/admin/stats.csv?table=outcomes&${FIGURES}`)
    expect(csv.status).toBe(200)
    expect(csv.response.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(csv.response.headers.get('Content-Disposition')).toBe('attachment; filename="teduh-outcomes-2025-03-03-2025-03-09.csv"')
    expect(csv.response.headers.get('Cache-Control')).toContain('no-store')
    const bytes = new Uint8Array(await (await app.fetch(new Request(`http://localhost/admin/stats.csv?table=outcomes&${FIGURES}`, { headers: { Cookie: [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; '), Host: 'localhost' } }))).arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(parseCsv(csv.html)).toEqual([
      ['Hasil', 'Utas', 'Bagian (%)'],
      ['Selesai (ada jawaban diterima)', '5', '33.3'],
      ['Terjawab, belum selesai', '5', '33.3'],
      ['Belum terjawab', '5', '33.3'],
      ['Jumlah', '15', '100.0'],
    ])
    const times = parseCsv((await admin.get(`/admin/stats.csv?table=response&${FIGURES}`)).html)
    expect(times[0]).toEqual(['Ukuran', 'Median (jam)', 'Persentil ke-90 (jam)'])
    expect(times[1]).toEqual(['Jawaban pertama dari anggota lain', '5.50', '9.10'])
  })

  test('a cell that a spreadsheet would run as a formula is exported as text', async () => {
    const rows = parseCsv((await admin.get(`/admin/stats.csv?table=categories&${FIGURES}`)).html)
    expect(rows).toContainEqual([`'=HYPERLINK("http://contoh.test","klik")`, '0'])
    expect(rows.flat().filter((cell) => /^[=+\-@]/.test(cell))).toEqual([])
  })

  test('no figure names an individual: no pseudonym, no thread title, no case contents', async () => {
    const page = await admin.get(`/admin/stats?${FIGURES}`)
    for (const m of a) expect(page.html).not.toContain(m.pseudonym)
    expect(page.html).not.toContain('Pertanyaan statistik uji')
  })
})

describe('small cells', () => {
  let b: TestMember[]
  beforeAll(async () => {
    b = await members(16)
    const at = wib('2025-04-08T10:00')
    for (let i = 0; i < 6; i++) await insertThread(app.db, { author: b[i]!, category: 'cuti', at })
    for (let i = 6; i < 8; i++) await insertThread(app.db, { author: b[i]!, category: 'gaji', at })
    for (let i = 8; i < 15; i++) await insertThread(app.db, { author: b[i]!, category: 'mutasi', at })
    // Six wellbeing requests and a single career request in the week.
    for (let i = 0; i < 6; i++) await insertCase(app.db, { member: b[i]!, type: 'wellbeing', source: 'request', at: wib('2025-04-09T10:00') })
    await insertCase(app.db, { member: b[6]!, type: 'career', source: 'request', at: wib('2025-04-09T11:00') })
    // Nine threads by one member in another week.
    for (let i = 0; i < 9; i++) await insertThread(app.db, { author: b[15]!, category: 'skp', at: wib('2025-05-06T10:00') })
  })

  test('a category of two askers shows <5 on the page and in the CSV, and so does the next smallest', async () => {
    const page = await admin.get(`/admin/stats?${SMALL}`)
    expect(statsRow(page.html, 'categories', 'Gaji, Tunjangan & Pensiun')).toEqual(['<5'])
    expect(statsRow(page.html, 'categories', 'Cuti & Izin')).toEqual(['<5'])
    expect(statsRow(page.html, 'categories', 'Mutasi & Penempatan')).toEqual(['7'])
    expect(statsRow(page.html, 'categories', 'Jumlah')).toEqual(['15'])
    const csv = parseCsv((await admin.get(`/admin/stats.csv?table=categories&${SMALL}`)).html)
    expect(csv).toContainEqual(['Gaji, Tunjangan & Pensiun', '<5'])
    expect(csv).toContainEqual(['Cuti & Izin', '<5'])
    expect(csv).toContainEqual(['Jumlah', '15'])
    // The chart leaves the hidden bars out and writes the mark instead.
    expect(page.html).toMatch(/Gaji, Tunjangan &amp; Pensiun<\/text><text[^>]*class="chart-hidden"[^>]*>&lt;5<\/text>/)
  })

  test('a case type with one case in the week shows <5, in the HTML and the CSV', async () => {
    const page = await admin.get(`/admin/stats?${SMALL}`)
    expect(statsRow(page.html, 'casesOpened', 'Karier')).toEqual(['0', '<5', '0', '<5'])
    const csv = parseCsv((await admin.get(`/admin/stats.csv?table=casesOpened&${SMALL}`)).html)
    expect(csv.find((r) => r[0] === 'Karier')).toEqual(['Karier', '0', '<5', '0', '<5'])
  })

  test('a small cell cannot be recovered by subtracting shown figures from a shown total', async () => {
    const page = await admin.get(`/admin/stats?${SMALL}`)
    const number = (cell: string) => (cell === '<5' ? null : Number(cell.replace(/\./g, '')))
    // Total − every other category: 15 − 7 − 0 − … = 8, shared by two hidden cells (2 + 6), so neither is known.
    const categories = statsTable(page.html, 'categories')
    const parts = categories.slice(0, -1).map((r) => number(r[1]!))
    expect(parts.filter((v) => v === null)).toHaveLength(2)
    // The same along every row and column of the case table: a line with a hidden cell has at least two.
    const cases = statsTable(page.html, 'casesOpened').map((r) => r.slice(1).map(number))
    const lines = [...cases, ...cases[0]!.map((_, j) => cases.map((row) => row[j]!))]
    for (const line of lines) {
      const hidden = line.filter((v) => v === null).length
      expect(hidden === 0 || hidden >= 2, JSON.stringify(line)).toBe(true)
    }
    // And per CSV table, for every table of the report.
    for (const table of ['activity', 'categories', 'outcomes', 'flags', 'casesOpened', 'casesClosed', 'casesOverTime', 'satisfaction']) {
      const rows = parseCsv((await admin.get(`/admin/stats.csv?table=${table}&${SMALL}`)).html).slice(1)
      const counts = rows.filter((r) => r[0] !== 'Rata-rata').map((r) => r.slice(1).map(number))
      const columns = counts[0]!.map((_, j) => counts.map((row) => row[j]!))
      for (const line of [...columns, ...(table.startsWith('cases') && table !== 'casesOverTime' ? counts : [])]) {
        const hidden = line.filter((v) => v === null).length
        expect(hidden === 0 || hidden >= 2, `${table}: ${JSON.stringify(line)}`).toBe(true)
      }
    }
  })

  test('nine threads from a single member are still one person: <5', async () => {
    const page = await admin.get(`/admin/stats?${ONE_PERSON}`)
    expect(statsRow(page.html, 'categories', 'Penilaian Kinerja (SKP)')).toEqual(['<5'])
    expect(statsRow(page.html, 'categories', 'Jumlah')).toEqual(['<5'])
    expect(statsRow(page.html, 'activity', 'Jumlah')).toEqual(['<5', '0'])
  })
})
