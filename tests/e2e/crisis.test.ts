import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { uniqueSuffix } from '../fixtures/unique'
import { expectAccessible, launchBrowser, logIn, newContext, screenshots } from './browser'

// Issue 13, parts 3 and 4, in a browser: a crisis writer on a phone reaches help in one tap;
// the moderator escalates it as a crisis and it leaves the crisis lane.

let browser: Browser
beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(() => browser?.close())

test('a crisis post on a phone: help above the fold, tel: links; escalated as a crisis, it leaves the queue', async () => {
  const phone = await newContext(browser, { width: 390 })
  const writer = await phone.newPage()
  // A member of its own, so what the journey finds on /cases is only this case.
  await writer.goto('/signup')
  await writer.getByLabel('Email').fill(`krisis.${uniqueSuffix(6)}@contoh.go.id`)
  await writer.getByLabel('Kata sandi').fill('pohon-beringin-rindang')
  await writer.getByLabel(/Saya telah membaca dan menyetujui/).check()
  await writer.getByRole('button', { name: 'Buat akun' }).click()
  await writer.waitForURL((url) => url.pathname !== '/signup')
  await writer.goto('/new?category=kesejahteraan')
  const title = `Saya lelah sekali malam ini ${uniqueSuffix(5)}`
  await writer.getByLabel('Judul').fill(title)
  await writer.getByLabel('Isi').fill('Rasanya saya ingin mengakhiri hidup, sudah tidak kuat lagi.')
  await writer.getByRole('button', { name: 'Terbitkan' }).click()
  await writer.waitForURL(/\/support\?post=\d+/)
  const request = writer.getByRole('button', { name: 'Minta konselor pribadi' })
  const box = await request.boundingBox()
  const viewport = writer.viewportSize()!
  expect(box, 'the counselor button is on the first screen').not.toBeNull()
  expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height)
  expect(box!.height).toBeGreaterThanOrEqual(44)
  expect(await writer.locator('a[href="tel:112"]').count()).toBe(1)
  expect(await writer.locator('a[href="tel:119;ext=8"]').count()).toBe(1)
  await expectAccessible(writer, 'crisis support at 390 px')
  await screenshots(writer, 'support-phone')

  const desk = await newContext(browser)
  const moderator = await desk.newPage()
  await logIn(moderator, 'moderator@teduh.test')
  await moderator.goto('/mod')
  await moderator.getByRole('link', { name: title, exact: true }).click()
  await moderator.waitForURL(/\/mod\/p\/\d+/)
  const urgency = moderator.getByLabel('Tingkat urgensi')
  expect(await urgency.inputValue()).toBe('crisis')
  await moderator.getByLabel('Jenis kasus').selectOption('wellbeing')
  await moderator.getByLabel('Alasan eskalasi (dibaca konselor dan penulis)').fill('Pernyataan ingin mengakhiri hidup, perlu konselor segera.')
  await moderator.getByRole('button', { name: 'Eskalasi ke kasus konseling' }).click()
  await moderator.waitForURL(/\/cases\/\d+\/status$/)
  await expectAccessible(moderator, 'escalated case status')
  await moderator.goto('/mod')
  expect(await moderator.getByRole('link', { name: title, exact: true }).count()).toBe(0)
  await expectAccessible(moderator, 'queue after escalation')

  // The writer's own case page: help contacts in view while a counselor is on the way.
  await writer.goto('/cases')
  await writer.locator('a[href^="/cases/"]').filter({ hasText: /Kasus #\d+/ }).first().click()
  await writer.waitForURL(/\/cases\/\d+$/)
  await expect.poll(() => writer.getByRole('heading', { name: 'Sambil menunggu konselor' }).count()).toBe(1)
  expect(await writer.locator('.case-help a[href="tel:112"]').count()).toBe(1)
  await expectAccessible(writer, 'member case page while waiting, 390 px')
  await screenshots(writer, 'case-waiting-phone')
  await phone.close()
  await desk.close()
})
