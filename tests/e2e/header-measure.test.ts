import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchBrowser, logIn, newContext } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** Header height and how many lines the main nav's links take, as a person sees the page. */
async function measure(page: Page) {
  return page.evaluate(() => {
    const header = document.querySelector('header.site-header')!.getBoundingClientRect().height
    // What a person can see and reach without opening anything: links and the staff toggle.
    const links = [...document.querySelectorAll<HTMLElement>('.main-nav a, .main-nav summary')].filter((a) => a.checkVisibility() && a.getBoundingClientRect().height > 0)
    const tops = new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)))
    // Room left in the row: how far the search box could still shrink (to its 6rem minimum).
    const search = document.querySelector('.header-search')!.getBoundingClientRect().width
    return { header: Math.round(header), navLines: tops.size, spare: Math.round(search - 96) }
  })
}

const ROLES = [
  ['visitor', null],
  ['member', 'anggota@teduh.test'],
  ['moderator', 'moderator@teduh.test'],
  ['intake', 'penerimaan@teduh.test'],
  ['admin', 'admin@teduh.test'],
] as const

describe('header size per role', () => {
  test('header height at 390 px and nav lines at 1280 px', async () => {
    const rows: string[] = []
    for (const [role, email] of ROLES) {
      const context = await newContext(browser, { width: 1280 })
      const page = await context.newPage()
      if (email) await logIn(page, email)
      await page.goto('/')
      const wide = await measure(page)
      await page.screenshot({ path: `test-results/header-${role}-1280.png` })
      await page.setViewportSize({ width: 390, height: 900 })
      const phone = await measure(page)
      await page.screenshot({ path: `test-results/header-${role}-390.png` })
      rows.push(`| ${role} | ${phone.header} | ${wide.header} | ${wide.navLines} | ${wide.spare} |`)
      // Small on a phone for every role, and one line on a wide screen.
      expect(phone.header, role).toBeLessThanOrEqual(64)
      expect(wide.navLines, role).toBe(1)
      await context.close()
    }
    console.log(['| role | header px at 390 | header px at 1280 | nav lines at 1280 | spare px at 1280 |', '| --- | --- | --- | --- | --- |', ...rows].join('\n'))
    expect(rows).toHaveLength(ROLES.length)
  })
})
