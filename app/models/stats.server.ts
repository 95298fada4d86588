import { sql } from 'kysely'
import type { DB } from '~/lib/db.server'

/**
 * Aggregate queries for the admin analytics. Every query returns counts, distinct-people counts
 * and percentiles per group, never a row about one person, one thread or one case. Each uses
 * GROUPING SETS so a table's cells and its totals come from one scan; `people` is the number of
 * distinct accounts behind a figure (askers, repliers, authors of flagged posts, members with a
 * case), which is what suppression looks at.
 */
export interface StatsWindow {
  /** Inclusive start and exclusive end, as instants. */
  start: Date
  end: Date
  bucket: 'day' | 'week' | 'month'
  timeZone: string
}

/** A count and the distinct people behind it (the `<5` rule counts people). */
export interface Counted {
  n: number
  people: number
}

/** A median and 90th percentile, with how many items and people they come from. */
export interface Timing {
  median: number | null
  p90: number | null
  items: number
  people: number
}

const bucketOf = (column: ReturnType<typeof sql.ref>, w: StatsWindow) => sql<string>`to_char(date_trunc(${w.bucket}, ${column} at time zone ${w.timeZone}), 'YYYY-MM-DD')`

const timing = (seconds: ReturnType<typeof sql.raw>, person: ReturnType<typeof sql.raw>) => sql`
  percentile_cont(0.5) within group (order by ${seconds}) as median_${seconds},
  percentile_cont(0.9) within group (order by ${seconds}) as p90_${seconds},
  count(${seconds})::int as items_${seconds},
  count(distinct ${person}) filter (where ${seconds} is not null)::int as people_${seconds}`

const readTiming = (row: Record<string, unknown>, name: string): Timing => ({
  median: row[`median_${name}`] == null ? null : Number(row[`median_${name}`]),
  p90: row[`p90_${name}`] == null ? null : Number(row[`p90_${name}`]),
  items: Number(row[`items_${name}`] ?? 0),
  people: Number(row[`people_${name}`] ?? 0),
})

export interface ThreadStatsRow extends Counted {
  dim: 'bucket' | 'category' | 'outcome' | 'all'
  key: string | null
  firstReply: Timing
  firstExpert: Timing
}

/**
 * Threads opened in the window (visible ones: not deleted, not hidden or held for review), by
 * time bucket, by category and by outcome, with the time to the first answer by someone other
 * than the asker and to the first answer by a verified expert of the thread's category (the same
 * rule as the thread's "answered by a verified expert" mark: named, badge in force).
 */
export async function threadStats(db: DB, w: StatsWindow): Promise<ThreadStatsRow[]> {
  const reply = sql.raw('reply_seconds')
  const expert = sql.raw('expert_seconds')
  const author = sql.raw('author_id')
  const { rows } = await sql<Record<string, unknown>>`
    with t as (
      select t.author_id, t.category_id::text as category_id,
        ${bucketOf(sql.ref('t.created_at'), w)} as bucket,
        case when t.accepted_post_id is not null then 'solved'
             when fr.at is not null then 'answered'
             else 'unanswered' end as outcome,
        extract(epoch from fr.at - t.created_at)::float8 as reply_seconds,
        extract(epoch from fe.at - t.created_at)::float8 as expert_seconds
      from threads t
      -- Both read posts_answers_thread_idx in time order and stop at the first match.
      left join lateral (
        select p.created_at as at from posts p
        where p.thread_id = t.id and not p.is_opening and p.deleted_at is null and p.hidden_at is null
          and p.author_id <> t.author_id
        order by p.created_at limit 1
      ) fr on true
      left join lateral (
        select p.created_at as at from posts p
        join expert_verifications v on v.user_id = p.author_id
        where p.thread_id = t.id and not p.is_opening and p.deleted_at is null and p.hidden_at is null
          and not p.is_anonymous and p.author_id <> t.author_id
          and v.revoked_at is null and v.expires_at > now() and t.category_id = any(v.areas)
        order by p.created_at limit 1
      ) fe on true
      where t.created_at >= ${w.start} and t.created_at < ${w.end}
        and t.deleted_at is null and t.hidden_at is null
    )
    select
      case when grouping(bucket) = 0 then 'bucket' when grouping(category_id) = 0 then 'category'
           when grouping(outcome) = 0 then 'outcome' else 'all' end as dim,
      coalesce(bucket, category_id, outcome) as key,
      count(*)::int as n, count(distinct author_id)::int as people,
      ${timing(reply, author)},
      ${timing(expert, author)}
    from t
    group by grouping sets ((bucket), (category_id), (outcome), ())`.execute(db)
  return rows.map((r) => ({
    dim: r.dim as ThreadStatsRow['dim'],
    key: (r.key as string | null) ?? null,
    n: Number(r.n),
    people: Number(r.people),
    firstReply: readTiming(r, 'reply_seconds'),
    firstExpert: readTiming(r, 'expert_seconds'),
  }))
}

/** Replies (answers) written in the window on visible threads, by time bucket and in all. */
export async function replyStats(db: DB, w: StatsWindow): Promise<(Counted & { key: string | null })[]> {
  const { rows } = await sql<{ key: string | null; n: number; people: number }>`
    select case when grouping(bucket) = 0 then bucket end as key, count(*)::int as n, count(distinct author_id)::int as people
    from (
      select ${bucketOf(sql.ref('p.created_at'), w)} as bucket, p.author_id
      from posts p join threads t on t.id = p.thread_id
      where not p.is_opening and p.created_at >= ${w.start} and p.created_at < ${w.end}
        and p.deleted_at is null and p.hidden_at is null and t.deleted_at is null and t.hidden_at is null
    ) r
    group by grouping sets ((bucket), ())`.execute(db)
  return rows.map((r) => ({ key: r.key, n: Number(r.n), people: Number(r.people) }))
}

/**
 * The most used tags on threads opened in the window, among tags that at least `minPeople`
 * distinct askers used: a rarer tag is never returned, so its name cannot point at anyone.
 */
export async function topTags(db: DB, w: StatsWindow, minPeople: number, limit = 10): Promise<(Counted & { slug: string })[]> {
  const { rows } = await sql<{ slug: string; n: number; people: number }>`
    select tg.slug, count(*)::int as n, count(distinct t.author_id)::int as people
    from threads t
    join thread_tags tt on tt.thread_id = t.id
    join tags tg on tg.id = tt.tag_id
    where t.created_at >= ${w.start} and t.created_at < ${w.end} and t.deleted_at is null and t.hidden_at is null
    group by tg.slug
    having count(distinct t.author_id) >= ${minPeople}
    order by n desc, tg.slug
    limit ${limit}`.execute(db)
  return rows.map((r) => ({ slug: r.slug, n: Number(r.n), people: Number(r.people) }))
}

export interface FlagStatsRow extends Counted {
  reason: string | null
  handled: boolean | null
  handling: Timing
}

/** Flags raised in the window, by reason and whether they are handled; people = authors of the flagged posts. */
export async function flagStats(db: DB, w: StatsWindow): Promise<FlagStatsRow[]> {
  const seconds = sql.raw('handle_seconds')
  const author = sql.raw('author_id')
  const { rows } = await sql<Record<string, unknown>>`
    with f as (
      select f.reason, f.status = 'resolved' as handled, p.author_id,
        case when f.status = 'resolved' then extract(epoch from f.resolved_at - f.created_at)::float8 end as handle_seconds
      from flags f join posts p on p.id = f.post_id
      where f.created_at >= ${w.start} and f.created_at < ${w.end}
    )
    select case when grouping(reason) = 0 then reason end as reason,
      case when grouping(handled) = 0 then handled end as handled,
      count(*)::int as n, count(distinct author_id)::int as people,
      ${timing(seconds, author)}
    from f
    group by grouping sets ((reason, handled), (reason), (handled), ())`.execute(db)
  return rows.map((r) => ({
    reason: (r.reason as string | null) ?? null,
    handled: (r.handled as boolean | null) ?? null,
    n: Number(r.n),
    people: Number(r.people),
    handling: readTiming(r, 'handle_seconds'),
  }))
}

export interface CaseStatsRow extends Counted {
  dim: 'type_source' | 'type' | 'source' | 'urgency' | 'all'
  type: string | null
  source: string | null
  urgency: string | null
  assignment: Timing
  firstResponse: Timing
}

/**
 * Counseling cases opened in the window by type and source (with margins), and by urgency with
 * the time from opening to assignment and to the counselor's first message. Metadata only: no
 * column of case contents is read.
 */
export async function casesOpenedStats(db: DB, w: StatsWindow): Promise<CaseStatsRow[]> {
  const assign = sql.raw('assign_seconds')
  const respond = sql.raw('respond_seconds')
  const member = sql.raw('member_id')
  const { rows } = await sql<Record<string, unknown>>`
    with c as (
      select c.type, c.source, c.urgency, c.member_id,
        extract(epoch from c.assigned_at - c.created_at)::float8 as assign_seconds,
        extract(epoch from c.first_response_at - c.created_at)::float8 as respond_seconds
      from cases c
      where c.created_at >= ${w.start} and c.created_at < ${w.end}
    )
    select
      case when grouping(type) = 0 and grouping(source) = 0 then 'type_source' when grouping(type) = 0 then 'type'
           when grouping(source) = 0 then 'source' when grouping(urgency) = 0 then 'urgency' else 'all' end as dim,
      case when grouping(type) = 0 then type end as type,
      case when grouping(source) = 0 then source end as source,
      case when grouping(urgency) = 0 then urgency end as urgency,
      count(*)::int as n, count(distinct member_id)::int as people,
      ${timing(assign, member)},
      ${timing(respond, member)}
    from c
    group by grouping sets ((type, source), (type), (source), (urgency), ())`.execute(db)
  return rows.map((r) => ({
    dim: r.dim as CaseStatsRow['dim'],
    type: (r.type as string | null) ?? null,
    source: (r.source as string | null) ?? null,
    urgency: (r.urgency as string | null) ?? null,
    n: Number(r.n),
    people: Number(r.people),
    assignment: readTiming(r, 'assign_seconds'),
    firstResponse: readTiming(r, 'respond_seconds'),
  }))
}

/** Cases closed in the window (closed, not declined), by type and source with margins. */
export async function casesClosedStats(db: DB, w: StatsWindow): Promise<(Counted & { type: string | null; source: string | null })[]> {
  const { rows } = await sql<{ type: string | null; source: string | null; n: number; people: number }>`
    select case when grouping(type) = 0 then type end as type, case when grouping(source) = 0 then source end as source,
      count(*)::int as n, count(distinct member_id)::int as people
    from cases
    where status = 'closed' and closed_at >= ${w.start} and closed_at < ${w.end}
    group by grouping sets ((type, source), (type), (source), ())`.execute(db)
  return rows.map((r) => ({ type: r.type, source: r.source, n: Number(r.n), people: Number(r.people) }))
}

/** Cases opened and closed per time bucket, and in all. */
export async function casesOverTime(db: DB, w: StatsWindow): Promise<(Counted & { kind: 'opened' | 'closed'; key: string | null })[]> {
  const { rows } = await sql<{ kind: 'opened' | 'closed'; key: string | null; n: number; people: number }>`
    select kind, case when grouping(bucket) = 0 then bucket end as key, count(*)::int as n, count(distinct member_id)::int as people
    from (
      select 'opened' as kind, ${bucketOf(sql.ref('created_at'), w)} as bucket, member_id
      from cases where created_at >= ${w.start} and created_at < ${w.end}
      union all
      select 'closed' as kind, ${bucketOf(sql.ref('closed_at'), w)} as bucket, member_id
      from cases where status = 'closed' and closed_at >= ${w.start} and closed_at < ${w.end}
    ) x
    group by grouping sets ((kind, bucket), (kind))`.execute(db)
  return rows.map((r) => ({ kind: r.kind, key: r.key, n: Number(r.n), people: Number(r.people) }))
}

/** Satisfaction surveys answered in the window: how many gave each rating 1–5, and the mean. */
export async function satisfactionStats(db: DB, w: StatsWindow): Promise<(Counted & { rating: number | null; mean: number | null })[]> {
  const { rows } = await sql<{ rating: number | null; n: number; people: number; mean: number | null }>`
    select case when grouping(f.rating) = 0 then f.rating end as rating,
      count(*)::int as n, count(distinct c.member_id)::int as people, avg(f.rating)::float8 as mean
    from case_feedback f join cases c on c.id = f.case_id
    where f.created_at >= ${w.start} and f.created_at < ${w.end}
    group by grouping sets ((f.rating), ())`.execute(db)
  return rows.map((r) => ({ rating: r.rating == null ? null : Number(r.rating), n: Number(r.n), people: Number(r.people), mean: r.mean == null ? null : Number(r.mean) }))
}
