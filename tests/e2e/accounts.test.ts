import type { Browser } from 'playwright-core'
import { uniqueSuffix } from '../fixtures/unique'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { DEMO_PASSWORD, expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const unique = () => uniqueSuffix(5)

describe('accounts in a browser', () => {
  test('sign up with consent and a pseudonym, then see the pseudonym in the header', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/')
    await expectAccessible(page, 'home')
    await screenshots(page, 'home')
    await page.getByRole('link', { name: 'Daftar', exact: true }).click()
    await expect.poll(() => page.url()).toMatch(/\/signup$/)
    const suggested = await page.getByLabel('Nama samaran').inputValue()
    expect(suggested).toMatch(/^[A-Z][a-z]+[A-Z][a-z]+\d{2}$/)
    await expectAccessible(page, 'signup')
    await screenshots(page, 'signup')
    // Bad input first: translated errors beside the fields, input kept.
    await page.getByLabel('Email').fill('bukan-email')
    await page.getByRole('button', { name: 'Buat akun' }).click()
    await expect.poll(() => page.getByText('Masukkan alamat email yang valid.').isVisible()).toBe(true)
    await expect.poll(() => page.getByText('Anda perlu menyetujui pemberitahuan privasi untuk mendaftar.').isVisible()).toBe(true)
    await expectAccessible(page, 'signup with errors')
    const pseudonym = `Tupai${unique()}`
    await page.getByLabel('Email').fill(`pegawai.${unique()}@contoh.go.id`)
    await page.getByLabel('Kata sandi').fill('pohon-beringin-rindang')
    await page.getByLabel('Nama samaran').fill(pseudonym)
    await page.getByLabel(/Saya telah membaca dan menyetujui/).check()
    await page.getByRole('button', { name: 'Buat akun' }).click()
    await page.waitForURL((url) => url.pathname === '/me/welcome')
    await expect.poll(() => page.locator('header').innerText()).toContain(pseudonym)
    await context.close()
  })

  test('sign up works with the keyboard alone', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/signup')
    await page.getByLabel('Email').focus()
    await page.keyboard.type(`kibor.${unique()}@contoh.go.id`)
    await page.keyboard.press('Tab')
    await page.keyboard.type('papan-ketik-saja-cukup')
    await page.keyboard.press('Tab')
    await page.keyboard.press('ControlOrMeta+a')
    const pseudonym = `Kijang${unique()}`
    await page.keyboard.type(pseudonym)
    // Tab to the consent checkbox (past the privacy link), tick it with Space, submit with Enter.
    for (let i = 0; i < 6 && !(await page.getByLabel(/Saya telah membaca/).evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press('Tab')
    }
    await page.keyboard.press('Space')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Enter')
    // A new member lands on the one-time onboarding.
    await page.waitForURL((url) => url.pathname === '/me/welcome')
    await expect.poll(() => page.locator('header').innerText()).toContain(pseudonym)
    await context.close()
  })

  test('log in, see my account and sessions, switch language, log out', async () => {
    const context = await newContext(browser)
    const page = await context.newPage()
    await page.goto('/login')
    await expectAccessible(page, 'login')
    await screenshots(page, 'login')
    await page.getByLabel('Email').fill('anggota@teduh.test')
    await page.getByLabel('Kata sandi').fill('salah-kata-sandinya')
    await page.getByRole('button', { name: 'Masuk' }).click()
    await expect.poll(() => page.getByRole('alert').innerText()).toBe('Email atau kata sandi salah.')
    await logIn(page, 'anggota@teduh.test', DEMO_PASSWORD)
    await page.getByRole('link', { name: /RusaTenang05/ }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Akun saya')
    await expectAccessible(page, 'account')
    await page.getByRole('link', { name: 'Sesi aktif' }).click()
    await expect.poll(() => page.getByText('Sesi ini').isVisible()).toBe(true)
    await expectAccessible(page, 'sessions')
    await screenshots(page, 'sessions')
    await page.getByRole('button', { name: 'English' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Active sessions')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    await page.reload()
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Active sessions')
    await page.getByRole('button', { name: 'Log out' }).click()
    await expect.poll(() => page.getByRole('link', { name: 'Log in' }).isVisible()).toBe(true)
    await context.close()
  })

  test('the first visit follows the browser language', async () => {
    const context = await newContext(browser, { locale: 'en-US' })
    const page = await context.newPage()
    await page.goto('/')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Welcome to Teduh')
    await context.close()
  })

  test('without JavaScript: sign up, log in and log out still work', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto('/signup')
    await page.getByLabel('Email').fill('tanpa-js')
    await page.getByRole('button', { name: 'Buat akun' }).click()
    await expect.poll(() => page.getByText('Masukkan alamat email yang valid.').isVisible()).toBe(true)
    expect(await page.getByLabel('Email').inputValue()).toBe('tanpa-js')
    const pseudonym = `Anoa${unique()}`
    const email = `nojs.${unique()}@contoh.go.id`
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Kata sandi').fill('tanpa-javascript-pun-bisa')
    await page.getByLabel('Nama samaran').fill(pseudonym)
    await page.getByLabel(/Saya telah membaca/).check()
    await page.getByRole('button', { name: 'Buat akun' }).click()
    await page.waitForURL((url) => url.pathname === '/me/welcome')
    expect(await page.locator('header').innerText()).toContain(pseudonym)
    await page.getByRole('button', { name: 'Keluar' }).click()
    await page.waitForURL((url) => url.pathname === '/')
    await logIn(page, email, 'tanpa-javascript-pun-bisa')
    expect(await page.locator('header').innerText()).toContain(pseudonym)
    await context.close()
  })
})
