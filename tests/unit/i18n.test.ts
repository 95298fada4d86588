import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import en from '~/locales/en'
import id from '~/locales/id'

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix]
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k))
}

test('English has exactly the keys of Indonesian', () => {
  expect(keys(en).sort()).toEqual(keys(id).sort())
})

test('no translation is empty, and placeholders match between languages', () => {
  const get = (obj: unknown, key: string) => key.split('.').reduce<any>((o, k) => o[k], obj) as string
  for (const key of keys(id)) {
    expect(get(id, key).trim(), key).not.toBe('')
    const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort()
    expect(placeholders(get(en, key)), key).toEqual(placeholders(get(id, key)))
  }
})

test('every t("…") key used in the app exists', () => {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (/\.(tsx?|ts)$/.test(entry.name)) files.push(full)
    }
  }
  walk('app')
  const known = new Set(keys(id))
  const used = new Set<string>()
  for (const file of files) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([a-zA-Z0-9_.-]+)'/g)) used.add(match[1]!)
    for (const match of readFileSync(file, 'utf8').matchAll(/'(errors\.[a-zA-Z]+)'/g)) used.add(match[1]!)
  }
  expect(used.size).toBeGreaterThan(20)
  // Plural keys exist as key_one / key_other.
  for (const key of used) expect(known.has(key) || known.has(`${key}_other`), key).toBe(true)
})
