import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { uniqueSuffix } from '../fixtures/unique'
import { expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

const NEUTRAL = 'https://www.bmkg.go.id/'

async function open(options: { email?: string; width?: number; javaScriptEnabled?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser, { width: options.width ?? 1280, javaScriptEnabled: options.javaScriptEnabled })
  // The neutral site, served locally: the test machine has no internet.
  await context.route(`${NEUTRAL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><html lang="id"><title>Cuaca</title><h1>Prakiraan cuaca</h1></html>' }))
  const page = await context.newPage()
  if (options.email) await logIn(page, options.email)
  return { context, page }
}

const headerHeight = (page: Page) => page.locator('header.site-header').evaluate((h) => Math.round(h.getBoundingClientRect().height))
const menu = (page: Page) => page.locator('details.site-menu')
const isOpen = (page: Page) => menu(page).evaluate((d) => (d as HTMLDetailsElement).open)

describe('mobile navigation', () => {
  test('at 390 px the header is one row; the menu opens, closes on Escape (focus back on its toggle) and outside clicks, and after navigating', async () => {
    const { context, page } = await open({ email: 'anggota@teduh.test', width: 390 })
    await page.goto('/')
    expect(await headerHeight(page)).toBeLessThanOrEqual(64)
    await expect.poll(() => page.getByRole('link', { name: 'Pakar' }).isVisible()).toBe(false)
    await page.getByText('Menu', { exact: true }).click()
    await expect.poll(() => page.getByRole('link', { name: 'Pakar' }).isVisible()).toBe(true)
    await expectAccessible(page, 'phone menu open (member)')
    await page.screenshot({ path: 'tests/e2e/screenshots/menu-member-open-390.png' })
    await page.keyboard.press('Escape')
    await expect.poll(() => isOpen(page)).toBe(false)
    expect(await page.evaluate(() => document.activeElement?.classList.contains('site-menu-toggle'))).toBe(true)
    await page.getByText('Menu', { exact: true }).click()
    // A tap below the open menu, on the page.
    await page.mouse.click(195, 880)
    await expect.poll(() => isOpen(page)).toBe(false)
    await page.getByText('Menu', { exact: true }).click()
    await page.getByRole('link', { name: 'Pakar' }).click()
    await page.waitForURL(/\/experts$/)
    await expect.poll(() => isOpen(page)).toBe(false)
    await screenshots(page, 'experts-with-header')
    await context.close()
  })

  test('without JavaScript the phone menu still opens and its links work', async () => {
    const { context, page } = await open({ email: 'anggota@teduh.test', width: 390, javaScriptEnabled: false })
    await page.goto('/')
    await page.getByText('Menu', { exact: true }).click()
    await page.getByRole('link', { name: 'Konseling' }).click()
    await page.waitForURL(/\/cases$/)
    await context.close()
  })

  test('an admin reaches every staff area through one "Area staf" entry; at 390 px the header is as small as a member\'s', async () => {
    const { context, page } = await open({ email: 'admin@teduh.test', width: 390 })
    await page.goto('/')
    expect(await headerHeight(page)).toBeLessThanOrEqual(64)
    await page.getByText('Menu', { exact: true }).click()
    await page.getByText('Area staf', { exact: true }).click()
    await expectAccessible(page, 'phone menu with staff areas (admin)')
    await page.screenshot({ path: 'tests/e2e/screenshots/menu-admin-staff-390.png' })
    // Escape closes the inner group first, then the menu.
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('details.staff-menu').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false)
    expect(await isOpen(page)).toBe(true)
    await page.getByText('Area staf', { exact: true }).click()
    await page.getByRole('link', { name: 'Analitik' }).click()
    await page.waitForURL(/\/admin\/stats/)
    await expectAccessible(page, 'stats at 390')
    // A wide table scrolls sideways; its row labels stay in view.
    const sticky = await page.locator('.stats-table tbody th[scope="row"]').first().evaluate((th) => getComputedStyle(th).position)
    expect(sticky).toBe('sticky')
    await screenshots(page, 'admin-stats')
    await context.close()
  })

  test('at 1280 px the whole nav is on one line for an admin; the staff menu drops down and closes on Escape', async () => {
    const { context, page } = await open({ email: 'admin@teduh.test' })
    await page.goto('/')
    const tops = await page.locator('.main-nav > ul > li').evaluateAll((items) => [...new Set(items.map((li) => Math.round(li.getBoundingClientRect().top)))])
    expect(tops).toHaveLength(1)
    expect(await page.getByText('Menu', { exact: true }).isVisible()).toBe(false)
    expect(await page.getByRole('link', { name: 'Pakar' }).isVisible()).toBe(true)
    await page.getByText('Area staf', { exact: true }).click()
    await expect.poll(() => page.getByRole('link', { name: 'Log audit' }).isVisible()).toBe(true)
    await expectAccessible(page, 'staff dropdown at 1280')
    await page.screenshot({ path: 'tests/e2e/screenshots/staff-dropdown-1280.png' })
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('link', { name: 'Log audit' }).isVisible()).toBe(false)
    await context.close()
  })

  test('the header search box works from any page', async () => {
    const { context, page } = await open({ width: 390 })
    await page.goto('/experts')
    await page.getByRole('searchbox', { name: 'Cari di forum' }).fill('cuti melahirkan')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=cuti\+melahirkan/)
    // The search page's own box (with its filters) takes over, holding the words.
    expect(await page.getByRole('searchbox').count()).toBe(1)
    expect(await page.getByRole('searchbox', { name: 'Cari di forum' }).inputValue()).toBe('cuti melahirkan')
    await expectAccessible(page, 'search from the header')
    await screenshots(page, 'search-with-header')
    await context.close()
  })

  test('admin tables keep their column labels on a phone', async () => {
    const { context, page } = await open({ email: 'admin@teduh.test', width: 390 })
    for (const path of ['/admin/cases', '/admin/audit', '/me/sessions']) {
      await page.goto(path)
      const labelled = await page.locator('.table td[data-label]').first().evaluate((td) => getComputedStyle(td, '::before').content)
      expect(labelled, path).toMatch(/^".+: "$/)
      await expectAccessible(page, `${path} at 390`)
      await screenshots(page, `table${path.replaceAll('/', '-')}`)
    }
    await context.close()
  })
})

describe('one answer shown once', () => {
  test('on the demo thread /t/5 every post appears once; a highlight jumps to its answer in the list', async () => {
    const { context, page } = await open()
    await page.goto('/t/5')
    const ids = await page.locator('article.post').evaluateAll((articles) => articles.map((a) => a.id))
    expect(ids.length).toBeGreaterThan(1)
    expect(new Set(ids).size).toBe(ids.length)
    const jumps = page.locator('.highlight a')
    for (const href of await jumps.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
      expect(ids).toContain(href!.replace(/^.*#/, ''))
    }
    await expectAccessible(page, 'thread /t/5')
    await screenshots(page, 'thread-5')
    await context.close()
  })
})

describe('ratings that explain themselves', () => {
  test('with JavaScript a click changes the count at once and stays on the page', async () => {
    const { context, page } = await open({ email: 'anggota2@teduh.test' })
    await page.goto('/t/5')
    const first = page.locator('.post-list article').filter({ has: page.getByRole('button', { name: /^Membantu \(\d+\)$/ }) }).first()
    // By id: after the click the answer may move in the "best" order.
    const answer = page.locator(`#${await first.getAttribute('id')}`)
    const before = Number((await answer.getByRole('button', { name: /^Membantu/ }).innerText()).match(/\d+/)![0])
    const pressed = (await answer.getByRole('button', { name: /^Membantu/ }).getAttribute('aria-pressed')) === 'true'
    // The reload below must not cut the fetcher's request short.
    const saved = page.waitForResponse((r) => r.url().includes('/rate') && r.request().method() === 'POST')
    await answer.getByRole('button', { name: /^Membantu/ }).click()
    const expected = pressed ? before - 1 : before + 1
    await expect.poll(() => answer.getByRole('button', { name: /^Membantu/ }).innerText()).toBe(`Membantu (${expected})`)
    expect(new URL(page.url()).hash).toBe('')
    await saved
    // The server agrees after a reload.
    await page.reload()
    expect(await answer.getByRole('button', { name: /^Membantu/ }).innerText()).toBe(`Membantu (${expected})`)
    await context.close()
  })

  test('a new account is told its rating is recorded and counts later', async () => {
    const { context, page } = await open()
    await page.goto('/signup')
    const pseudonym = `Rater${uniqueSuffix(5)}`
    await page.getByLabel('Email').fill(`rater.${uniqueSuffix(6)}@contoh.go.id`)
    await page.getByLabel('Kata sandi').fill('pohon-beringin-rindang')
    await page.getByLabel('Nama samaran').fill(pseudonym)
    await page.getByLabel(/Saya telah membaca dan menyetujui/).check()
    await page.getByRole('button', { name: 'Buat akun' }).click()
    await page.waitForURL((url) => url.pathname === '/me/welcome')
    await page.goto('/t/5')
    expect(await page.locator('.rating-standing').innerText()).toMatch(/Akun Anda masih baru/)
    const answer = page.locator('.post-list article').filter({ has: page.getByRole('button', { name: /^Membantu/ }) }).first()
    const label = await answer.getByRole('button', { name: /^Membantu/ }).innerText()
    await answer.getByRole('button', { name: /^Membantu/ }).click()
    await expect.poll(() => answer.locator('.rating-note').innerText()).toMatch(/^Penilaian Anda tercatat\./)
    expect(await answer.getByRole('button', { name: /^Membantu/ }).innerText()).toBe(label)
    expect(await answer.getByRole('button', { name: /^Membantu/ }).getAttribute('aria-pressed')).toBe('true')
    await expectAccessible(page, 'new account rating note')
    await screenshots(page, 'thread-5-new-account')
    await context.close()
  })
})

describe('quick exit and shared devices', () => {
  test('"Keluar cepat" on a case page opens the neutral site and Back does not return to the case', async () => {
    const { context, page } = await open({ email: 'anggota@teduh.test', width: 390 })
    await page.goto('/support')
    await expectAccessible(page, 'support with quick exit')
    await screenshots(page, 'support-quick-exit')
    await page.goto('/')
    await page.goto('/cases')
    await page.locator('main a[href^="/cases/"]').filter({ hasText: /#\d+|Kasus/ }).first().click()
    await page.waitForURL(/\/cases\/\d+$/)
    const casePath = new URL(page.url()).pathname
    await expectAccessible(page, 'case page with quick exit')
    await screenshots(page, 'case-quick-exit')
    await page.getByRole('link', { name: /Keluar cepat/ }).click()
    await page.waitForURL(NEUTRAL)
    expect(await page.title()).toBe('Cuaca')
    await page.goBack()
    await page.waitForLoadState()
    expect(new URL(page.url()).pathname).not.toBe(casePath)
    expect(new URL(page.url()).pathname).toBe('/cases')
    await context.close()
  })

  test('the support page has it too, a plain link without JavaScript', async () => {
    const { context, page } = await open({ email: 'anggota@teduh.test', javaScriptEnabled: false })
    await page.goto('/support')
    expect(await page.getByRole('link', { name: /Keluar cepat/ }).getAttribute('href')).toBe(NEUTRAL)
    await page.getByRole('link', { name: /Keluar cepat/ }).click()
    await page.waitForURL(NEUTRAL)
    await context.close()
  })

  test('logging in with "end the session when the browser closes" sets a session cookie', async () => {
    const { context, page } = await open()
    await page.goto('/login')
    await page.getByLabel('Email').fill('anggota2@teduh.test')
    await page.getByLabel('Kata sandi').fill('teduh-demo-2026')
    await page.getByLabel('Akhiri sesi saat peramban ditutup').check()
    await expectAccessible(page, 'login with the shared-device option')
    await screenshots(page, 'login')
    await page.getByRole('button', { name: 'Masuk' }).click()
    await page.waitForURL((url) => url.pathname !== '/login')
    const cookie = (await context.cookies()).find((c) => c.name.endsWith('teduh_session'))!
    expect(cookie.expires).toBe(-1)
    await context.close()
  })
})
