// `npm run bench:profile [path]`: the production server under `node --cpu-prof` while 50
// connections read one page as a logged-in member (default: the 100-answer thread), then the
// functions that took the most CPU. Profiles go to bench-results/profile/ (open in Chrome DevTools).
import { readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { migrateToLatest } from '#db/client.server'
import { seedCategories } from '~/services/seed.server'
import { growTo, hundredAnswerThread } from './data'
import { login, measure, openBenchDb, start, stop } from './harness'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

const dir = path.resolve('bench-results/profile')
rmSync(dir, { recursive: true, force: true })

const handle = await openBenchDb(true)
await migrateToLatest(handle.db)
await seedCategories(handle.db)
await growTo(handle.db, { members: 200, threads: 200, posts: 2_000 })
const threadId = await hundredAnswerThread(handle.db)
await handle.close()

const target = process.argv[2] ?? `/t/${threadId}`
const server = await start(['--cpu-prof', `--cpu-prof-dir=${dir}`, 'server.js'], {})
const session = await login(server.url)
await measure(`member ${target}`, { url: `${server.url}${target}`, headers: { cookie: session.cookie } })
await stop(server.child)

const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'))
if (!file) throw new Error('no profile written')
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile
const byId = new Map(profile.nodes.map((n) => [n.id, n]))
const self = new Map<number, number>()
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
const total = [...self.values()].reduce((a, b) => a + b, 0)
const byFunction = new Map<string, number>()
for (const [id, micros] of self) {
  const frame = byId.get(id)!.callFrame
  const where = frame.url.replace(/^.*\/(node_modules\/[^/]+|build\/server|app)\//, '$1/')
  const key = `${frame.functionName || '(anonymous)'}  ${where}:${frame.lineNumber + 1}`
  byFunction.set(key, (byFunction.get(key) ?? 0) + micros)
}
console.log(`\nself time, top 25 of ${(total / 1e6).toFixed(1)} s sampled (${file}):`)
for (const [key, micros] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  console.log(`${((100 * micros) / total).toFixed(1).padStart(5)} %  ${key}`)
}
process.exit(0)
