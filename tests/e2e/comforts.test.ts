import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { uniqueSuffix } from '../fixtures/unique'
import { expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

// Issue 15.7 in a browser: the onboarding after sign-up, the Markdown toolbar by keyboard,
// a draft kept across a reload and gone after posting; axe on every state shown.

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const reply = (page: Page) => page.locator('#reply textarea[name="body"]')
const draftKeys = (page: Page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('teduh:draft:')))

describe('everyday comforts in a browser', () => {
  test('sign up → onboarding once → a reply written with the toolbar by keyboard, kept as a draft, cleared after posting', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/signup')
    const pseudonym = `Cucakrowo${uniqueSuffix(5)}`
    await page.getByLabel('Email').fill(`nyaman.${uniqueSuffix()}@contoh.go.id`)
    await page.getByLabel('Kata sandi').fill('pohon-beringin-rindang')
    await page.getByLabel('Nama samaran').fill(pseudonym)
    await page.getByLabel(/Saya telah membaca dan menyetujui/).check()
    await page.getByRole('button', { name: 'Buat akun' }).click()

    // Onboarding: how anonymity works, where help is (numbers dial), skippable, once.
    await page.waitForURL((url) => url.pathname === '/me/welcome')
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Selamat datang di Teduh')
    expect(await page.getByRole('heading', { name: 'Cara anonimitas bekerja' }).isVisible()).toBe(true)
    expect(await page.getByRole('link', { name: '112' }).getAttribute('href')).toBe('tel:112')
    await expectAccessible(page, 'onboarding')
    await screenshots(page, 'onboarding')
    await page.getByRole('button', { name: 'Lewati pengenalan' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await page.goto('/me/welcome')
    await page.waitForURL((url) => url.pathname === '/')

    // A thread from the home page; the composer has a toolbar once JavaScript runs.
    await page.locator('main a[href^="/t/"]').first().click()
    await page.waitForURL(/\/t\/\d+/)
    const toolbar = page.getByRole('toolbar', { name: 'Alat format teks' })
    await expect.poll(() => toolbar.isVisible()).toBe(true)
    const box = reply(page)
    await box.click()
    await page.keyboard.type('penting')
    await page.keyboard.press('Shift+Home')
    await page.keyboard.press('Control+b')
    await expect.poll(() => box.inputValue()).toBe('**penting**')
    await page.keyboard.press('End')
    await page.keyboard.type(' lalu\nbaris dua')
    // One tab stop into the toolbar, arrow keys inside it, Enter presses.
    await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tebal')
    await page.keyboard.press('ArrowRight')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Daftar butir')
    await page.keyboard.press('Enter')
    await expect.poll(() => box.inputValue()).toBe('**penting** lalu\n\n- baris dua')
    await expect.poll(() => page.locator('.preview li').first().textContent(), { timeout: 8000 }).toBe('baris dua')
    await expect.poll(() => page.locator('.preview strong').first().textContent()).toBe('penting')
    await expectAccessible(page, 'composer with toolbar')
    await screenshots(page, 'composer-toolbar')

    // The draft survives a reload and is announced.
    await expect.poll(() => draftKeys(page)).toHaveLength(1)
    await page.reload()
    const notice = page.getByRole('status').filter({ hasText: 'Draf yang belum terkirim dipulihkan' })
    await expect.poll(() => notice.isVisible()).toBe(true)
    await expect.poll(() => reply(page).inputValue()).toBe('**penting** lalu\n\n- baris dua')
    await expectAccessible(page, 'composer with a restored draft')
    await screenshots(page, 'composer-draft')

    // Posting clears it: after the redirect there is no draft and no notice.
    const text = `Terima kasih, ini jawaban saya ${uniqueSuffix(4)}.`
    await reply(page).fill(text)
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.waitForURL(/#p\d+/)
    await expect.poll(() => draftKeys(page)).toEqual([])
    await page.reload()
    expect(await reply(page).inputValue()).toBe('')
    expect(await notice.count()).toBe(0)
    await context.close()
  })

  test('a new question keeps its title and text as a draft; "Buang draf" empties the form and the draft', async () => {
    const context = await newContext(browser, { width: 390 })
    const page = await context.newPage()
    await logIn(page, 'anggota@teduh.test')
    await page.goto('/new')
    await expect.poll(() => page.getByRole('toolbar', { name: 'Alat format teks' }).isVisible()).toBe(true)
    await page.getByLabel('Judul').fill('Apakah cuti besar bisa dipecah dua kali?')
    await page.getByLabel('Isi', { exact: true }).fill('Saya ingin memakai cuti besar dalam dua bagian.')
    await expect.poll(() => draftKeys(page)).toHaveLength(1)
    await page.reload()
    await expect.poll(() => page.getByLabel('Judul').inputValue()).toBe('Apakah cuti besar bisa dipecah dua kali?')
    expect(await page.getByLabel('Isi', { exact: true }).inputValue()).toBe('Saya ingin memakai cuti besar dalam dua bagian.')
    await expectAccessible(page, 'new question with a restored draft')
    await page.getByRole('button', { name: 'Buang draf' }).click()
    expect(await page.getByLabel('Judul').inputValue()).toBe('')
    expect(await page.getByLabel('Isi', { exact: true }).inputValue()).toBe('')
    await expect.poll(() => draftKeys(page)).toEqual([])
    // Signed out (logged out, or the session ended), every draft kept in this browser goes (a shared phone).
    await page.getByLabel('Isi', { exact: true }).fill('Teks yang tidak boleh tertinggal di ponsel bersama.')
    await expect.poll(() => draftKeys(page)).toHaveLength(1)
    await context.clearCookies()
    await page.goto('/')
    await expect.poll(() => draftKeys(page)).toEqual([])
    await context.close()
  })

  test('without JavaScript the composer is a plain textarea that posts', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false })
    const page = await context.newPage()
    await logIn(page, 'anggota@teduh.test')
    await page.goto('/')
    await page.locator('main a[href^="/t/"]').first().click()
    await page.waitForURL(/\/t\/\d+/)
    expect(await page.getByRole('toolbar').count()).toBe(0)
    await reply(page).fill(`Tanpa JavaScript tetap bisa **membalas** ${uniqueSuffix(4)}.`)
    await page.getByRole('button', { name: 'Kirim jawaban' }).click()
    await page.waitForURL(/#p\d+/)
    await context.close()
  })

  test('profile editing, the pattern avatar, and an announcement on the home page, at both widths', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await logIn(page, 'admin@teduh.test')
    await page.goto('/admin/settings')
    await page.getByRole('link', { name: 'Pengumuman beranda' }).click()
    await page.waitForURL(/\/admin\/announcements$/)
    const marker = `Pemeliharaan ${uniqueSuffix(4)}`
    await page.getByLabel('Isi pengumuman').fill(`**${marker}** Sabtu 22.00 WIB. Darurat: 119 ekstensi 8.`)
    await expectAccessible(page, 'announcements admin')
    await screenshots(page, 'announcements-admin')
    await page.getByRole('button', { name: 'Terbitkan pengumuman' }).click()
    await expect.poll(() => page.getByText('Pengumuman diterbitkan.').isVisible()).toBe(true)
    await page.goto('/')
    const section = page.getByRole('region', { name: 'Pengumuman' })
    await expect.poll(() => section.innerText()).toContain(marker)
    expect(await section.getByRole('link', { name: '119 ekstensi 8' }).getAttribute('href')).toBe('tel:119;ext=8')
    await expectAccessible(page, 'home with an announcement')
    await screenshots(page, 'home-announcement')

    await page.goto('/me/profile')
    await page.getByLabel('Bio singkat').fill('Mengurus kepegawaian sejak lama. Senang membantu.')
    await page.getByLabel('Cuti & Izin').check()
    await expectAccessible(page, 'profile edit')
    await screenshots(page, 'profile-edit')
    await page.getByRole('button', { name: 'Simpan' }).click()
    await page.waitForURL(/\/u\//)
    await expect.poll(() => page.locator('.profile-bio').innerText()).toBe('Mengurus kepegawaian sejak lama. Senang membantu.')
    expect(await page.locator('svg.pattern-avatar').count()).toBe(1)
    await expectAccessible(page, 'profile')
    await screenshots(page, 'profile')

    // End it again so other journeys see the home page as seeded.
    await page.goto('/admin/announcements')
    await page.getByRole('button', { name: 'Akhiri' }).first().click()
    await expect.poll(() => page.getByText('Pengumuman diakhiri.').isVisible()).toBe(true)
    await context.close()
  })
})
