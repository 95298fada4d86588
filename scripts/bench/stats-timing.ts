/**
 * Times each analytics query on the bench-sized database (5,000 members, 10,000 threads,
 * 200,000 posts, plus 5,000 cases and 5,000 flags), to decide whether an index is needed.
 * `DATABASE_URL=… npx tsx scripts/bench/stats-timing.ts` uses a `bench_stats` schema there and drops
 * it afterwards (a schema holding Kysely's migration tables confuses other migrators on that
 * database); without it, a PGlite folder in .cache/bench-stats.
 */
import { sql } from 'kysely'
import pg from 'pg'
import { migrateToLatest, openDatabase } from '#db/client.server'
import { statsWindow } from '~/services/stats.server'
import { defaultRange, todayIn } from '~/lib/stats-range'
import * as stats from '~/models/stats.server'
import { growTo } from './data'

const url = process.env.DATABASE_URL
if (url) {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query('create schema if not exists bench_stats')
  await admin.end()
}
const handle = await openDatabase(url ? { databaseUrl: url, schema: 'bench_stats' } : { dataDir: '.cache/bench-stats' })
const db = handle.db
await migrateToLatest(db)
const { seedCategories } = await import('~/services/seed.server')
await seedCategories(db)
await growTo(db, { members: 5000, threads: 10000, posts: 200000 })
const cases = Number((await sql<{ n: string }>`select count(*) as n from cases`.execute(db)).rows[0]!.n)
if (cases < 5000) {
  await sql`
    insert into cases (member_id, member_alias, source, type, urgency, status, created_at, assigned_at, first_response_at, closed_at, updated_at)
    select u.id, u.pseudonym, (array['escalation','request','referral'])[1 + g % 3], (array['wellbeing','performance','career','staffing'])[1 + g % 4],
      (array['crisis','high','normal'])[1 + g % 3], case when g % 2 = 0 then 'closed' else 'assigned' end,
      now() - make_interval(hours => g), now() - make_interval(hours => g) + interval '2 hours', now() - make_interval(hours => g) + interval '5 hours',
      case when g % 2 = 0 then now() - make_interval(hours => g) + interval '3 days' end, now()
    from generate_series(1, 5000) g join lateral (select id, pseudonym from users order by id offset (g % 4000) limit 1) u on true`.execute(db)
  await sql`
    insert into flags (post_id, thread_id, flagger_id, source, reason, status, resolved_at, created_at)
    select p.id, p.thread_id, null, 'auto', (array['crisis','harassment','personal_data','misinformation','spam','other'])[1 + g % 6],
      case when g % 3 = 0 then 'open' else 'resolved' end, case when g % 3 <> 0 then p.created_at + interval '90 minutes' end, p.created_at
    from generate_series(1, 5000) g join lateral (select id, thread_id, created_at from posts order by id offset g * 37 limit 1) p on true`.execute(db)
  await sql`analyze`.execute(db)
}
const w = statsWindow(defaultRange(todayIn()))
const runs: [string, () => Promise<unknown>][] = [
  ['threadStats', () => stats.threadStats(db, w)],
  ['replyStats', () => stats.replyStats(db, w)],
  ['topTags', () => stats.topTags(db, w, 5)],
  ['flagStats', () => stats.flagStats(db, w)],
  ['casesOpenedStats', () => stats.casesOpenedStats(db, w)],
  ['casesClosedStats', () => stats.casesClosedStats(db, w)],
  ['casesOverTime', () => stats.casesOverTime(db, w)],
  ['satisfactionStats', () => stats.satisfactionStats(db, w)],
]
for (const [name, run] of runs) {
  await run()
  const started = performance.now()
  for (let i = 0; i < 3; i++) await run()
  console.log(`${name.padEnd(18)} ${((performance.now() - started) / 3).toFixed(1)} ms`)
}
await handle.close()
if (url) {
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query('drop schema bench_stats cascade')
  await admin.end()
}
