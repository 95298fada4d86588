import { execFileSync } from 'node:child_process'
import path from 'node:path'

/** Builds the app once per run: integration tests drive the real production server bundle. */
export default function setup() {
  if (process.env.SKIP_BUILD === '1') return
  const env = { ...process.env }
  delete env.VITEST // vite.config drops the Remix plugin under Vitest; the build needs it
  delete env.VITEST_MODE
  delete env.VITEST_POOL_ID
  delete env.VITEST_WORKER_ID
  env.NODE_ENV = 'production'
  const remix = path.resolve('node_modules/@remix-run/dev/dist/cli.js')
  execFileSync(process.execPath, [remix, 'vite:build', '--logLevel', 'warn'], { stdio: 'inherit', env })
}
