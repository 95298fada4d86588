import { sql } from 'kysely'
import type { DB } from './db.server'
import { logger } from './logger.server'

export interface NewJob {
  kind: string
  payload: Record<string, unknown>
  runAt: Date
  /** A pending job with the same key is replaced (a rescheduled session's reminder). */
  dedupeKey?: string
}

export type JobHandler = (db: DB, payload: Record<string, unknown>) => Promise<void>

const MAX_ATTEMPTS = 5

/** Queues work for later; call inside the transaction of the change that needs it. */
export async function enqueueJob(db: DB, job: NewJob) {
  if (job.dedupeKey) await cancelJobs(db, job.dedupeKey)
  await db
    .insertInto('jobs')
    .values({ kind: job.kind, payload: JSON.stringify(job.payload), dedupe_key: job.dedupeKey ?? null, run_at: job.runAt, created_at: sql<Date>`now()` })
    .execute()
}

export async function cancelJobs(db: DB, dedupeKey: string) {
  await db.deleteFrom('jobs').where('dedupe_key', '=', dedupeKey).where('done_at', 'is', null).execute()
}

/**
 * Runs due jobs, each inside its own transaction that holds the row with FOR UPDATE SKIP LOCKED:
 * any number of processes may call this at once and every job still runs once. A failed job
 * is retried later with backoff, and given up after a few attempts. Returns how many ran.
 */
export async function runDueJobs(db: DB, handlers: Record<string, JobHandler>, limit = 20): Promise<number> {
  let ran = 0
  for (; ran < limit; ran++) {
    const claimed = await db.transaction().execute(async (trx) => {
      const job = await trx
        .selectFrom('jobs')
        .select(['id', 'kind', 'payload', 'attempts'])
        .where('done_at', 'is', null)
        .where('run_at', '<=', sql<Date>`now()`)
        .orderBy('run_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst()
      if (!job) return false
      const handler = handlers[job.kind]
      // A savepoint, so a handler that fails halfway leaves none of its writes behind.
      await sql`savepoint job_run`.execute(trx)
      try {
        if (!handler) throw new Error(`no handler for ${job.kind}`)
        const payload = (typeof job.payload === 'string' ? JSON.parse(job.payload) : job.payload) as Record<string, unknown>
        await handler(trx, payload)
        await trx.updateTable('jobs').set({ done_at: sql`now()`, attempts: job.attempts + 1 }).where('id', '=', job.id).execute()
      } catch (error) {
        await sql`rollback to savepoint job_run`.execute(trx)
        // Error messages only (they never carry content): payloads hold ids.
        const message = error instanceof Error ? error.message.slice(0, 300) : 'failed'
        logger.error({ job: job.id, kind: job.kind, err: message }, 'job failed')
        const attempts = job.attempts + 1
        await trx
          .updateTable('jobs')
          .set({
            attempts,
            last_error: message,
            run_at: sql`now() + make_interval(secs => ${30 * 2 ** attempts})`,
            done_at: attempts >= MAX_ATTEMPTS ? sql`now()` : null,
          })
          .where('id', '=', job.id)
          .execute()
      }
      return true
    })
    if (!claimed) break
  }
  return ran
}

/** Finished jobs are kept a while for inspection, then dropped (they hold ids only). */
export async function pruneFinishedJobs(db: DB, days = 30) {
  await db.deleteFrom('jobs').where('done_at', '<', sql<Date>`now() - make_interval(days => ${days})`).execute()
}
