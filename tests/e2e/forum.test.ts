import type { Browser } from 'playwright-core'
import { uniqueSuffix } from '../fixtures/unique'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const unique = () => uniqueSuffix(5)

describe('the forum in a browser', () => {
  test('ask a question anonymously with a live preview, and see the "Anonim #XXXX" handle', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await logIn(page, 'anggota@teduh.test')
    await page.goto('/c/kesejahteraan')
    await expectAccessible(page, 'category')
    await screenshots(page, 'category')
    await page.getByRole('main').getByRole('link', { name: 'Ajukan pertanyaan' }).click()
    await page.waitForURL(/\/new/)
    expect(await page.getByLabel('Kategori').inputValue()).toBe('kesejahteraan')
    const title = `Lembur tiap malam membuat saya lelah ${unique()}`
    await page.getByLabel('Judul').fill(title)
    await page.getByLabel('Isi').fill('Sudah **tiga bulan** saya lembur hampir setiap malam. Bagaimana cara membicarakannya dengan atasan?')
    await expect.poll(() => page.locator('.preview strong').first().textContent(), { timeout: 5000 }).toBe('tiga bulan')
    await page.getByLabel('Tag (maksimal 5)').fill('lembur, beban-kerja')
    await page.getByLabel('Kirim sebagai Anonim').check()
    await expectAccessible(page, 'ask form')
    await screenshots(page, 'ask')
    await page.getByRole('button', { name: 'Terbitkan' }).click()
    await page.waitForURL(/\/t\/\d+/)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(title)
    const meta = await page.locator('.post-opening .post-meta').innerText()
    expect(meta).toMatch(/Anonim #[0-9A-F]{4}/)
    expect(meta).not.toContain('RusaTenang05')
    await expectAccessible(page, 'thread')
    await screenshots(page, 'thread')
    await context.close()
  })

  test('ask a question with the keyboard alone (Tab, typing, Enter)', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await logIn(page, 'anggota2@teduh.test')
    await page.goto('/new?category=cuti')
    const title = `Cuti di luar tanggungan negara ${unique()}`
    // Start at the page top and move only with Tab until the title field has focus.
    await page.locator('body').focus()
    for (let i = 0; i < 40 && !(await page.getByLabel('Judul').evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await page.keyboard.type(title)
    await page.keyboard.press('Tab')
    await page.keyboard.type('Berapa lama paling lama cuti di luar tanggungan negara, dan apa syaratnya?')
    for (let i = 0; i < 10 && !(await page.getByRole('button', { name: 'Terbitkan' }).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/t\/\d+/)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(title)
    await context.close()
  })

  test('a reply posted in one browser appears live in another without reloading', async () => {
    const readerContext = await newContext(browser)
    const reader = await readerContext.newPage()
    await reader.goto('/c/cuti')
    await reader.locator('.thread-title a').first().click()
    await reader.waitForURL(/\/t\/\d+/)
    const threadPath = new URL(reader.url()).pathname
    // Wait until the live connection is open.
    await reader.locator('[data-live="ready"]').waitFor({ state: 'attached' })
    const writerContext = await newContext(browser)
    const writer = await writerContext.newPage()
    await logIn(writer, 'anggota2@teduh.test')
    await writer.goto(threadPath)
    const text = `Jawaban langsung ${unique()}: ajukan cuti lewat SIASN minimal dua minggu sebelumnya.`
    await writer.getByRole('textbox', { name: 'Tulis jawaban' }).fill(text)
    await writer.getByRole('button', { name: 'Kirim jawaban' }).click()
    await writer.waitForURL(/#p\d+/)
    await expect.poll(() => reader.locator('.post-list').getByText(text).count(), { timeout: 10_000 }).toBe(1)
    await readerContext.close()
    await writerContext.close()
  })

  test('without JavaScript: read a thread, ask a question, and reply', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false })
    const page = await context.newPage()
    await logIn(page, 'anggota2@teduh.test')
    await page.goto('/new?category=cuti')
    const title = `Cuti melahirkan anak ketiga bagaimana ${unique()}`
    await page.getByLabel('Kategori').selectOption('cuti')
    await page.getByLabel('Judul').fill(title)
    await page.getByLabel('Isi').fill('Apakah cuti melahirkan untuk anak ketiga tetap tiga bulan?')
    await page.getByRole('button', { name: 'Pratinjau' }).click()
    await expect.poll(() => page.locator('.preview').innerText()).toContain('anak ketiga tetap tiga bulan')
    await page.getByRole('button', { name: 'Terbitkan' }).click()
    await page.waitForURL(/\/t\/\d+/)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe(title)
    await page.getByRole('textbox', { name: 'Tulis jawaban' }).fill('Menambahkan informasi: saya tanya juga ke bagian kepegawaian.')
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.waitForURL(/#p\d+/)
    expect(await page.locator('.post-list').getByText('Menambahkan informasi: saya tanya juga').count()).toBe(1)
    await context.close()
  })

  test('search finds a thread and highlights the words', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/search')
    await page.getByLabel('Cari di forum').fill('cuti')
    await page.getByRole('button', { name: 'Cari' }).click()
    await expect.poll(() => page.locator('.search-results mark').count()).toBeGreaterThan(0)
    await expectAccessible(page, 'search')
    await screenshots(page, 'search')
    await context.close()
  })
})
