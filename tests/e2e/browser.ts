import { mkdirSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { expect, inject } from 'vitest'

export const baseUrl = () => inject('baseUrl')
export const DEMO_PASSWORD = 'teduh-demo-2026'
const SCREENSHOTS = 'tests/e2e/screenshots'

/** `extraArgs`: e.g. Chromium's fake camera and microphone for the video call journey. */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', ...extraArgs],
  })
}

export function newContext(browser: Browser, options: { javaScriptEnabled?: boolean; width?: number; locale?: string } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: baseUrl(),
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: options.locale ?? 'id-ID',
  })
}

export const pagesChecked: string[] = []

/** Runs axe (WCAG 2.0/2.1/2.2 A and AA) on the page and fails on any violation. */
export async function expectAccessible(page: Page, label: string) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  const violations = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
  pagesChecked.push(`${label} ${new URL(page.url()).pathname}`)
  console.log(`axe: ${label} ${new URL(page.url()).pathname} — ${violations.length} violations`)
  expect(violations, label).toEqual([])
}

/** Full-page screenshots at phone and desktop width, into a git-ignored folder. */
export async function screenshots(page: Page, name: string) {
  mkdirSync(SCREENSHOTS, { recursive: true })
  const original = page.viewportSize()
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}.png`, fullPage: true })
  }
  if (original) await page.setViewportSize(original)
}

export async function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Kata sandi').fill(password)
  await page.getByRole('button', { name: 'Masuk' }).click()
  await page.waitForURL((url) => url.pathname !== '/login')
}

/**
 * Follows a link of the main navigation as a reader would: opening the phone menu first when it
 * is folded, and the "Area staf" group when the link lives there.
 */
export async function clickNavLink(page: Page, name: string) {
  const nav = () => page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name, exact: true })
  const toggle = page.locator('summary.site-menu-toggle')
  if ((await toggle.isVisible()) && !(await page.locator('details.site-menu').evaluate((d) => (d as HTMLDetailsElement).open))) await toggle.click()
  if (!(await nav().isVisible())) await page.locator('summary.staff-toggle').click()
  await nav().click()
}
