/// <reference types="vitest/config" />
import { vitePlugin as remix } from '@remix-run/dev'
import { defineConfig } from 'vite'
import { fileURLToPath } from 'node:url'

const e2e = process.env.TEDUH_E2E === '1'

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}

export default defineConfig({
  plugins: [
    process.env.VITEST
      ? null
      : remix({
          future: {
            v3_fetcherPersist: true,
            v3_relativeSplatPath: true,
            v3_throwAbortReason: true,
            v3_singleFetch: true,
            v3_lazyRouteDiscovery: true,
            v3_routeConfig: true,
          },
        }),
  ],
  // The client dep scanner follows route imports into *.server.ts; these are server-only.
  optimizeDeps: { exclude: ['@node-rs/argon2', '@electric-sql/pglite', 'pg', 'kysely', 'pino'] },
  resolve: {
    alias: {
      '~': fileURLToPath(new URL('./app', import.meta.url)),
      '#db': fileURLToPath(new URL('./db', import.meta.url)),
    },
  },
  test: {
    // `npm test`: unit and integration; `npm run test:e2e`: the browser journeys.
    include: e2e ? ['tests/e2e/**/*.test.ts'] : ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    globalSetup: e2e ? ['tests/global-setup.ts', 'tests/e2e/global-setup.ts'] : ['tests/global-setup.ts'],
    // The browser journeys share one server and one seeded database: one file at a time.
    fileParallelism: !e2e,
    testTimeout: e2e ? 60_000 : 30_000,
    // A browser under load may take seconds to show what a poll waits for (the default is 1 s).
    expect: { poll: { timeout: e2e ? 15_000 : 5_000 } },
    hookTimeout: 300_000,
    // CI collects counts from a JSON report when VITEST_JSON names a file.
    reporters: process.env.VITEST_JSON ? ['default', 'json'] : ['default'],
    outputFile: process.env.VITEST_JSON ? { json: process.env.VITEST_JSON } : undefined,
  },
})
