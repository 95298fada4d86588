import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { runScript, startServerProcess, type RunningServer } from '../fixtures/server-process'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

let server: RunningServer | undefined
let dataDir: string | undefined

/** One production server on a free port over a freshly seeded PGlite folder, for all journeys. */
export async function setup(project: TestProject) {
  dataDir = mkdtempSync(path.join(tmpdir(), 'teduh-e2e-'))
  const env = { DATA_DIR: dataDir, DATABASE_URL: '', TEDUH_SECRET: 'e2e-secret' }
  const seeded = await runScript('scripts/seed.ts', [], env)
  if (seeded.code !== 0) throw new Error(seeded.output)
  // The journeys log in as the same demo accounts many times from one address.
  server = await startServerProcess({ ...env, RATE_LIMIT_MULTIPLIER: '20', INSECURE_COOKIES: '0' })
  // "localhost" (not 127.0.0.1) so Chromium treats the page as a secure context for __Host- cookies.
  project.provide('baseUrl', server.url.replace('127.0.0.1', 'localhost'))
}

export async function teardown() {
  await server?.stop()
  if (dataDir) rmSync(dataDir, { recursive: true, force: true })
}
