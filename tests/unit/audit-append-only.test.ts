import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full] : []
  })
}

test('no code path updates or deletes audit rows', () => {
  const offenders = files('app')
    .concat(files('scripts'))
    .filter((file) => /(updateTable|deleteFrom)\(\s*'audit_log'|update\s+audit_log|delete\s+from\s+audit_log/i.test(readFileSync(file, 'utf8')))
  expect(offenders).toEqual([])
  // The check itself can fail:
  expect(/(updateTable|deleteFrom)\(\s*'audit_log'/.test("db.updateTable('audit_log')")).toBe(true)
})
