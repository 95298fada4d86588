import { randomUUID } from 'node:crypto'
import { hmac } from '@oslojs/crypto/hmac'
import { SHA256 } from '@oslojs/crypto/sha2'
import { encodeHexLowerCase } from '@oslojs/encoding'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { uniqueSuffix } from '../fixtures/unique'
import { expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

/** An unsubscribe token as the e2e server signs it (TEDUH_SECRET=e2e-secret, see global-setup). */
const tokenFor = (userId: string) =>
  `${userId}.${encodeHexLowerCase(hmac(SHA256, new TextEncoder().encode('e2e-secret'), new TextEncoder().encode(`email-unsubscribe:v1\u0000${userId}`)))}`

describe('watching in a browser', () => {
  test('watch a category without JavaScript, choose a digest, see a new question arrive live in the bell, stop watching', async () => {
    // The watcher's clicks work without JavaScript (plain forms); axe, which runs as a script,
    // checks the same pages in a second, scripted session of the same member.
    const plain = await newContext(browser, { javaScriptEnabled: false })
    const watcher = await plain.newPage()
    await logIn(watcher, 'anggota2@teduh.test')
    const live = await newContext(browser)
    const bellPage = await live.newPage()
    await logIn(bellPage, 'anggota2@teduh.test')
    await bellPage.goto('/c/karier')
    await expectAccessible(bellPage, 'category with watch button')
    await watcher.goto('/c/karier')
    await watcher.getByRole('button', { name: 'Pantau kategori ini' }).click()
    await expect.poll(() => watcher.getByText('Anda memantau kategori ini').isVisible()).toBe(true)
    await expect.poll(() => watcher.getByRole('button', { name: 'Berhenti memantau' }).isVisible()).toBe(true)
    await bellPage.goto('/c/karier')
    await expect.poll(() => bellPage.getByText('Anda memantau kategori ini').isVisible()).toBe(true)
    await expectAccessible(bellPage, 'category being watched')
    await screenshots(bellPage, 'category-watching')
    await watcher.goto('/me/watching')
    await expect.poll(() => watcher.getByRole('link', { name: 'Karier & Kompetensi' }).isVisible()).toBe(true)
    await watcher.getByLabel('Harian').check()
    await watcher.getByRole('button', { name: 'Simpan pilihan email' }).click()
    await expect.poll(() => watcher.getByRole('status').first().innerText()).toContain('Pilihan email disimpan.')
    expect(await watcher.getByLabel('Harian').isChecked()).toBe(true)
    await bellPage.goto('/me/watching')
    expect(await bellPage.getByLabel('Harian').isChecked()).toBe(true)
    await expectAccessible(bellPage, 'what I watch')
    await screenshots(bellPage, 'me-watching')

    // With JavaScript the bell counts a new question in the watched category as it arrives.
    const bell = bellPage.locator('header .bell')
    const before = Number((await bell.locator('.bell-count').count()) ? (await bell.locator('.bell-count').innerText()).match(/\d+/)![0] : 0)

    const writerContext = await newContext(browser)
    const writer = await writerContext.newPage()
    await logIn(writer, 'pakar@teduh.test')
    await writer.goto('/new?category=karier')
    const title = `Pelatihan kepemimpinan untuk fungsional ${uniqueSuffix(5)}`
    await writer.getByLabel('Judul').fill(title)
    await writer.getByLabel('Isi').fill('Apakah pelatihan kepemimpinan wajib sebelum naik ke jenjang madya?')
    await writer.getByRole('button', { name: 'Terbitkan' }).click()
    await writer.waitForURL(/\/t\/\d+/)

    // The fan-out is a queued job (polled every JOB_POLL_SECONDS, 15 by default).
    await expect
      .poll(async () => Number((await bell.locator('.bell-count').count()) ? (await bell.locator('.bell-count').innerText()).match(/\d+/)![0] : 0), { timeout: 60_000, interval: 1000 })
      .toBeGreaterThan(before)
    await bellPage.goto('/me/notifications')
    await expect.poll(() => bellPage.getByRole('main').innerText()).toContain(`KancilCerdas04 membuka pertanyaan baru "${title}"`)
    await expectAccessible(bellPage, 'notifications with a watched question')

    // Stop watching from the list (still without JavaScript).
    await watcher.goto('/me/watching')
    await watcher.getByRole('button', { name: 'Berhenti memantau Karier & Kompetensi' }).click()
    await expect.poll(() => watcher.getByText('Anda belum memantau kategori apa pun.').isVisible()).toBe(true)
    await watcher.getByLabel('Tidak usah').check()
    await watcher.getByRole('button', { name: 'Simpan pilihan email' }).click()
    await expect.poll(() => watcher.getByLabel('Tidak usah').isChecked()).toBe(true)
    await Promise.all([plain.close(), live.close(), writerContext.close()])
  }, 120_000)

  test('the unsubscribe link asks first, works without signing in, and a forged one is refused', async () => {
    // Without JavaScript (a mail app's built-in browser), then checked by axe at phone width.
    const plain = await newContext(browser, { javaScriptEnabled: false })
    const noScript = await plain.newPage()
    await noScript.goto(`/unsubscribe/${tokenFor(randomUUID())}`)
    await noScript.getByRole('button', { name: 'Ya, berhenti menerima email' }).click()
    await expect.poll(() => noScript.getByRole('heading', { level: 1 }).innerText()).toBe('Email pilihan sudah dimatikan')
    await plain.close()
    const context = await newContext(browser, { width: 390 })
    const page = await context.newPage()
    await page.goto(`/unsubscribe/${tokenFor(randomUUID())}`)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Berhenti menerima email dari Teduh?')
    await expectAccessible(page, 'unsubscribe confirmation')
    await screenshots(page, 'unsubscribe')
    await page.getByRole('button', { name: 'Ya, berhenti menerima email' }).click()
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Email pilihan sudah dimatikan')
    await expectAccessible(page, 'unsubscribed')
    const forged = await page.goto(`/unsubscribe/${randomUUID()}.${'a'.repeat(64)}`)
    expect(forged?.status()).toBe(404)
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Tautan tidak berlaku')
    await expectAccessible(page, 'unsubscribe link not valid')
    await context.close()
  })
})
