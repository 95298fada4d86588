import { readFileSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { clickNavLink, expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

async function asAdmin(width = 1280): Promise<Page> {
  const context = await newContext(browser, { width })
  const page = await context.newPage()
  await logIn(page, 'admin@teduh.test')
  return page
}

const isoDay = (daysAgo: number) => new Date(Date.now() + 7 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10)

describe('admin analytics in a browser', () => {
  test('the admin opens the analytics from the header, changes the range, downloads a CSV; axe at both widths', async () => {
    const page = await asAdmin()
    await page.goto('/')
    await clickNavLink(page, 'Analitik')
    await page.waitForURL(/\/admin\/stats$/)
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Analitik' }).count()).toBe(1)
    // The demo threads spread over the last four months: the default 90 days shows them per week.
    await expect.poll(() => page.getByRole('status').innerText()).toContain('per minggu (WIB)')
    const chart = page.getByRole('img', { name: 'Utas dan balasan dari waktu ke waktu' })
    await expect.poll(() => chart.count()).toBe(1)
    const total = page.getByRole('table', { name: 'Utas dan balasan dari waktu ke waktu' }).getByRole('row', { name: /Jumlah/ })
    expect(await total.innerText()).toMatch(/Jumlah\s+\d+/)
    await expectAccessible(page, 'analytics 1280')
    await screenshots(page, 'admin-stats')

    // A range of the last 30 days, typed into the fields: days instead of weeks.
    await page.getByLabel('Dari tanggal').fill(isoDay(29))
    await page.getByLabel('Sampai tanggal').fill(isoDay(0))
    await page.getByRole('button', { name: 'Tampilkan' }).click()
    await page.waitForURL((url) => url.searchParams.get('from') === isoDay(29))
    await expect.poll(() => page.getByRole('status').innerText()).toContain('per hari (WIB)')

    // A quick range link.
    await page.getByRole('navigation', { name: 'Rentang cepat' }).getByRole('link', { name: '12 bulan terakhir' }).click()
    await page.waitForURL((url) => url.searchParams.get('from') === isoDay(364))
    await expect.poll(() => page.getByRole('status').innerText()).toContain('per bulan (WIB)')
    expect(await page.getByRole('link', { name: '12 bulan terakhir' }).getAttribute('aria-current')).toBe('true')

    // The CSV of the category table downloads with the page's figures.
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Unduh CSV: Kategori masalah yang dominan' }).click()
    const file = await download
    expect(file.suggestedFilename()).toBe(`teduh-categories-${isoDay(364)}-${isoDay(0)}.csv`)
    const csv = readFileSync((await file.path())!, 'utf8')
    expect(csv.startsWith('\uFEFF"Kategori","Utas"')).toBe(true)
    expect(csv).toContain('"Jumlah",')

    // At phone width the tables scroll inside their own region and the page passes axe.
    await page.setViewportSize({ width: 390, height: 900 })
    await expectAccessible(page, 'analytics 390')
    const wide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((el) => el.checkVisibility() && el.getBoundingClientRect().right > 391 && !el.closest('.stats-table-scroll table'))
        .map((el) => `${el.tagName}.${el.className}`)
        .slice(0, 10),
    )
    expect(wide).toEqual([])
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
  })

  test('a start after the end shows the error at the end field and keeps both dates', async () => {
    const page = await asAdmin(390)
    await page.goto('/admin/stats')
    await page.getByLabel('Dari tanggal').fill(isoDay(3))
    await page.getByLabel('Sampai tanggal').fill(isoDay(10))
    await page.getByRole('button', { name: 'Tampilkan' }).click()
    await expect.poll(() => page.getByText('Tanggal akhir tidak boleh sebelum tanggal awal.').count()).toBe(1)
    expect(await page.getByLabel('Dari tanggal').inputValue()).toBe(isoDay(3))
    expect(await page.getByLabel('Sampai tanggal').inputValue()).toBe(isoDay(10))
    expect(await page.getByLabel('Sampai tanggal').getAttribute('aria-invalid')).toBe('true')
    await expectAccessible(page, 'analytics range error')
    await screenshots(page, 'admin-stats-error')
  })
})
