import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { clickNavLink, expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** Waits until the page's main region says `what` (a client-side navigation renders a moment after the URL changes). */
async function mainSays(page: Page, what: string | RegExp) {
  await expect.poll(() => page.getByRole('main').innerText(), { timeout: 10_000 }).toMatch(typeof what === 'string' ? new RegExp(what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : what)
  return page.getByRole('main').innerText()
}

/** Nothing on the page is wider than the phone's screen. */
async function fitsWidth(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
}

describe('the knowledge base in a browser', () => {
  test('a visitor on a phone browses Pustaka by process, reads an entry and follows it to its thread and back', async () => {
    const context = await newContext(browser, { width: 390 })
    const page = await context.newPage()
    await page.goto('/')
    await clickNavLink(page, 'Pustaka')
    await page.waitForURL(/\/pustaka$/)
    await expectAccessible(page, 'knowledge base, 390 px')
    await fitsWidth(page, 390)
    await screenshots(page, 'pustaka')
    await page.getByRole('link', { name: /^Cuti \(\d+\)$/ }).click()
    await page.waitForURL(/\/pustaka\/tag\/cuti$/)
    await expectAccessible(page, 'process tag page, 390 px')
    await fitsWidth(page, 390)
    await page.getByRole('link', { name: 'Apakah sisa cuti tahunan bisa dibawa ke tahun berikutnya?' }).click()
    await page.waitForURL(/\/pustaka\/\d+$/)
    const text = await mainSays(page, 'Peraturan Pemerintah Nomor 11 Tahun 2017')
    expect(text).toMatch(/Ditinjau oleh Analis Kepegawaian — terverifikasi pada/)
    expect(text).toContain('Peraturan Pemerintah Nomor 11 Tahun 2017')
    expect(text).toContain('Konten demo')
    await expectAccessible(page, 'entry, 390 px')
    await fitsWidth(page, 390)
    await screenshots(page, 'pustaka-entry')
    const entryUrl = new URL(page.url()).pathname
    await page.getByRole('link', { name: 'Lihat diskusi asalnya' }).click()
    await page.waitForURL(/\/t\/\d+/)
    await page.getByRole('main').getByRole('link', { name: 'Apakah sisa cuti tahunan bisa dibawa ke tahun berikutnya?' }).click()
    await page.waitForURL((url) => url.pathname === entryUrl)
    // Search lists entries above threads; the category page shows its entries.
    await page.goto('/search?q=sisa+cuti+tahunan')
    await mainSays(page, /Pustaka: \d+ entri/)
    await expectAccessible(page, 'search with entries, 390 px')
    await fitsWidth(page, 390)
    await page.goto('/c/cuti')
    await mainSays(page, 'Dari Pustaka')
    await expectAccessible(page, 'category with entries, 390 px')
    await fitsWidth(page, 390)
    await page.goto('/pustaka/review')
    await page.waitForURL(/\/login/)
    await context.close()
  })

  test('an expert finds an outdated entry of their area in the review queue and re-confirms it', async () => {
    const context = await newContext(browser, { width: 390 })
    const page = await context.newPage()
    await logIn(page, 'pakar@teduh.test')
    await page.goto('/pustaka')
    await page.getByRole('link', { name: 'Antrean tinjauan Pustaka' }).click()
    await page.waitForURL(/\/pustaka\/review$/)
    await expectAccessible(page, 'review queue, 390 px')
    const queue = await mainSays(page, 'menunggu tinjauan')
    // The mutation entry is in this expert's areas; the discipline one belongs to another expert.
    expect(queue).toContain('Syarat dan alur mutasi antarinstansi')
    expect(queue).not.toContain('Hak PNS saat diperiksa')
    await page.getByRole('link', { name: /Syarat dan alur mutasi antarinstansi/ }).click()
    await page.waitForURL(/\/pustaka\/\d+$/)
    await mainSays(page, 'mungkin sudah tidak mutakhir')
    await page.getByRole('link', { name: 'Tinjau entri ini' }).click()
    await page.waitForURL(/\/review$/)
    await expectAccessible(page, 'review form, 390 px')
    await fitsWidth(page, 390)
    await page.getByRole('button', { name: 'Konfirmasi masih berlaku' }).click()
    await page.waitForURL(/\/pustaka\/\d+$/)
    const after = await mainSays(page, 'Entri dikonfirmasi masih berlaku.')
    expect(after).not.toContain('mungkin sudah tidak mutakhir')
    await page.getByRole('link', { name: /Riwayat \(2 versi\)/ }).click()
    await mainSays(page, 'dikonfirmasi tanpa perubahan')
    await expectAccessible(page, 'entry history')
    await context.close()
  })

  test('an expert turns a solved thread into an entry from the thread page', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await logIn(page, 'pakar@teduh.test')
    await page.goto('/c/cuti')
    await page.getByRole('link', { name: 'Istri akan melahirkan secara caesar, cuti apa yang bisa saya ambil sebagai suami PNS?' }).click()
    await page.waitForURL(/\/t\/\d+/)
    await page.getByRole('link', { name: 'Jadikan entri Pustaka' }).click()
    await page.waitForURL(/\/pustaka\/new\?thread=\d+/)
    await page.getByLabel('Judul').fill('Cuti apa yang bisa diambil PNS laki-laki saat istri melahirkan?')
    await page.getByLabel('Pertanyaan (kata-kata netral)').fill('Cuti apa yang dapat diambil seorang PNS laki-laki untuk mendampingi istri yang melahirkan melalui operasi caesar?')
    await page.getByRole('checkbox', { name: 'Cuti' }).check()
    await expectAccessible(page, 'new entry form')
    await page.setViewportSize({ width: 390, height: 900 })
    await fitsWidth(page, 390)
    await page.getByRole('button', { name: 'Terbitkan entri' }).click()
    await page.waitForURL(/\/pustaka\/\d+$/)
    const text = await mainSays(page, 'Entri Pustaka diterbitkan.')
    expect(text).toContain('Ditinjau oleh Analis Kepegawaian — terverifikasi')
    await context.close()
  })

  test('while a member types a title, similar questions include Pustaka entries', async () => {
    const context = await newContext(browser, { width: 390 })
    const page = await context.newPage()
    await logIn(page, 'anggota@teduh.test')
    await page.goto('/new')
    await page.getByLabel('Judul').pressSequentially('Jatah cuti tahun kemarin belum habis')
    const similar = page.locator('.similar-questions')
    await expect.poll(() => similar.innerText().catch(() => ''), { timeout: 10_000 }).toContain('Apakah sisa cuti tahunan bisa dibawa ke tahun berikutnya?')
    expect(await similar.innerText()).toContain('Pustaka')
    await expectAccessible(page, 'ask form with similar entries, 390 px')
    await fitsWidth(page, 390)
    await context.close()
  })
})
