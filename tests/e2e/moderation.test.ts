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

async function asUser(email: string): Promise<Page> {
  const context = await newContext(browser)
  const page = await context.newPage()
  await logIn(page, email)
  return page
}

describe('moderation in a browser', () => {
  test('flag a post and see it in the moderator queue; a crisis post appears live at the top', async () => {
    const moderator = await asUser('moderator@teduh.test')
    await moderator.goto('/mod')
    await moderator.locator('[data-live="ready"]').waitFor({ state: 'attached' })

    const member = await asUser('anggota2@teduh.test')
    await member.goto('/c/gaji')
    const link = member.locator('.thread-title a').first()
    const title = await link.innerText()
    await link.click()
    await member.waitForURL(/\/t\/\d+/)
    await member.getByRole('link', { name: 'Laporkan' }).first().click()
    await member.waitForURL(/\/flag$/)
    await expectAccessible(member, 'flag form')
    await member.getByLabel('Informasi keliru').check()
    await member.getByRole('button', { name: 'Kirim laporan' }).click()
    await expect.poll(() => member.getByText('Laporan Anda sudah diterima moderator').count()).toBe(1)
    await expect.poll(() => moderator.getByRole('link', { name: title }).count(), { timeout: 10_000 }).toBeGreaterThan(0)

    // A crisis post by another member arrives at the top of the open queue without a reload.
    const writer = await asUser('anggota@teduh.test')
    await writer.goto('/new?category=kesejahteraan')
    const crisisTitle = `Malam ini terasa sangat berat ${unique()}`
    await writer.getByLabel('Judul').fill(crisisTitle)
    await writer.getByLabel('Isi').fill('Saya capek sekali, rasanya ingin mengakhiri hidup saja.')
    await writer.getByRole('button', { name: 'Terbitkan' }).click()
    await writer.waitForURL(/\/support\?post=\d+/)
    await expect.poll(() => writer.getByRole('heading', { level: 1 }).innerText()).toBe('Anda tidak sendirian')
    await expectAccessible(writer, 'crisis support')
    await screenshots(writer, 'support')
    await expect.poll(() => moderator.locator('.queue li').first().innerText(), { timeout: 10_000 }).toContain(crisisTitle)
    expect(await moderator.locator('.queue li').first().innerText()).toContain('KRISIS')
    await expectAccessible(moderator, 'moderation queue')
    await screenshots(moderator, 'moderation-queue')

    // The moderator opens it and acts.
    await moderator.getByRole('link', { name: crisisTitle, exact: true }).click()
    await moderator.waitForURL(/\/mod\/p\/\d+/)
    await expectAccessible(moderator, 'moderation item')
    await moderator.getByLabel('Abaikan laporan: Alasan (tercatat di log audit)').fill('Sudah dihubungi konselor')
    await moderator.getByRole('button', { name: 'Abaikan laporan' }).click()
    await expect.poll(() => moderator.getByText('Tindakan dicatat.').count()).toBe(1)
    for (const p of [moderator, member, writer]) await p.context().close()
  })

  test('the admin reads the audit log', async () => {
    const admin = await asUser('admin@teduh.test')
    await admin.goto('/admin/audit')
    await expectAccessible(admin, 'audit log')
    expect(await admin.getByRole('table').count()).toBe(1)
    await admin.context().close()
  })
})
