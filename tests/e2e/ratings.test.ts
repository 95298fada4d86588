import type { Browser, Page } from 'playwright-core'
import { uniqueSuffix } from '../fixtures/unique'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const unique = () => uniqueSuffix(5)

async function asUser(email: string, javaScriptEnabled = true): Promise<Page> {
  const context = await newContext(browser, { javaScriptEnabled })
  const page = await context.newPage()
  await logIn(page, email)
  return page
}

describe('answers, ratings and acceptance in a browser', () => {
  test('answer, rate helpful, accept: the thread is solved and the answer is marked', async () => {
    const asker = await asUser('anggota@teduh.test')
    await asker.goto('/new?category=skp')
    const title = `Target SKP terasa tidak realistis ${unique()}`
    await asker.getByLabel('Judul').fill(title)
    await asker.getByLabel('Isi').fill('Atasan menetapkan target yang menurut saya mustahil dicapai. Bagaimana menegosiasikannya?')
    await asker.getByRole('button', { name: 'Terbitkan' }).click()
    await asker.waitForURL(/\/t\/\d+/)
    const threadPath = new URL(asker.url()).pathname

    const helper = await asUser('anggota2@teduh.test')
    await helper.goto(threadPath)
    await helper.getByRole('textbox', { name: 'Tulis jawaban' }).fill('Ajak atasan dialog kinerja di awal periode dan catat kesepakatannya secara tertulis.')
    await helper.getByRole('button', { name: 'Kirim jawaban' }).click()
    await helper.waitForURL(/#p\d+/)

    // A third member rates it; the button shows it is pressed.
    const rater = await asUser('pakar@teduh.test')
    await rater.goto(threadPath)
    const answers = rater.locator('.post-list')
    await answers.getByRole('button', { name: 'Membantu (0)', exact: true }).click()
    await expect.poll(() => answers.getByRole('button', { name: 'Membantu (1)', exact: true }).getAttribute('aria-pressed')).toBe('true')
    await expectAccessible(rater, 'thread with ratings')

    await asker.goto(threadPath)
    await asker.locator('.post-list').getByRole('button', { name: 'Terima jawaban ini' }).click()
    await expect.poll(() => asker.getByText('Jawaban diterima').count()).toBeGreaterThan(0)
    expect(await asker.locator('.thread-badges').innerText()).toContain('Terjawab')
    await screenshots(asker, 'thread-solved')
    for (const p of [asker, helper, rater]) await p.context().close()
  })

  test('apply as an expert, get approved by an admin, and answer with the badge', async () => {
    const applicant = await asUser('anggota2@teduh.test')
    await applicant.goto('/me/expert')
    await expectAccessible(applicant, 'expert application')
    await applicant.getByLabel('Cuti & Izin').check()
    await applicant.getByLabel('Instansi / organisasi').fill('Badan Contoh Daerah')
    await applicant.getByLabel(/^Jabatan/).fill('Analis SDM Aparatur')
    await applicant.getByLabel('Bukti keahlian').fill('Sertifikat pelatihan analis kepegawaian dan enam tahun mengelola cuti pegawai.')
    await applicant.getByRole('button', { name: 'Kirim pengajuan' }).click()
    await expect.poll(() => applicant.getByText(/Sedang ditinjau/).count()).toBe(1)

    const admin = await asUser('admin@teduh.test')
    await admin.goto('/admin/experts')
    await expectAccessible(admin, 'expert review')
    await screenshots(admin, 'admin-experts')
    const card = admin.locator('article', { hasText: 'Badan Contoh Daerah' })
    await card.getByLabel('Teks lencana').fill('Analis SDM — terverifikasi')
    await card.getByRole('button', { name: 'Setujui' }).click()
    await expect.poll(() => admin.getByText('Pengajuan disetujui.').count()).toBe(1)

    await applicant.goto('/c/cuti')
    await applicant.locator('.thread-title a').first().click()
    await applicant.waitForURL(/\/t\/\d+/)
    await applicant.getByRole('textbox', { name: 'Tulis jawaban' }).fill('Sebagai pengelola cuti: ajukan paling lambat dua minggu sebelumnya melalui aplikasi.')
    await applicant.getByRole('button', { name: 'Kirim jawaban' }).click()
    await applicant.waitForURL(/#p\d+/)
    await expect.poll(() => applicant.getByText('Analis SDM — terverifikasi').count()).toBeGreaterThan(0)
    await applicant.goto('/experts')
    expect(await applicant.getByRole('main').getByRole('link', { name: 'PenyuRiang06', exact: true }).count()).toBe(1)
    await expectAccessible(applicant, 'expert directory')
    for (const p of [applicant, admin]) await p.context().close()
  })
})
