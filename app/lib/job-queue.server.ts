import { sql } from 'kysely'
import type { DB } from './db.server'
import { logger } from './logger.server'
import { redactPii } from './pii'

export interface NewJob {
  kind: string
  payload: Record<string, unknown>
  runAt: Date
  /** A pending job with the same key is replaced (a rescheduled session's reminder). */
  dedupeKey?: string
}

/** Database-only work: runs inside the transaction that claimed the job, so it commits once. */
export type JobHandler = (db: DB, payload: Record<string, unknown>) => Promise<void>

/**
 * Work that reaches outside the database (an email). It cannot be undone by a rollback, so it
 * runs after its claim is committed, at most once: a job that was started and never finished
 * (the process died mid-send) is not sent again. `deliver` throws DeliveryRefusedError when the
 * far side certainly did not take it (refused connection, an SMTP error reply); only then is
 * it retried, with the same job id (the Message-ID is derived from it).
 */
export interface DeliveryHandler {
  deliver(db: DB, job: { id: string; payload: Record<string, unknown> }): Promise<void>
}

export class DeliveryRefusedError extends Error {}

const MAX_ATTEMPTS = 5
/** A delivery started longer ago than this and still not finished was interrupted (a crash). */
const DELIVERY_LEASE_SECONDS = 600

const isDelivery = (handler: JobHandler | DeliveryHandler | undefined): handler is DeliveryHandler => typeof handler === 'object' && handler !== null
const parsePayload = (payload: unknown) => (typeof payload === 'string' ? JSON.parse(payload) : payload) as Record<string, unknown>

/** Queues work for later; call inside the transaction of the change that needs it. */
/**
 * What a failure leaves in the log and in jobs.last_error: the error's message only (payloads
 * hold ids), with addresses and numbers masked, since mail servers quote the recipient
 * ("550 <name@example.go.id> unknown").
 */
export const failureText = (error: unknown) => (error instanceof Error ? redactPii(error.message).slice(0, 300) : 'failed')

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
export async function runDueJobs(db: DB, handlers: Record<string, JobHandler | DeliveryHandler>, limit = 20, options: { leaseSeconds?: number } = {}): Promise<number> {
  await closeInterruptedDeliveries(db, options.leaseSeconds ?? DELIVERY_LEASE_SECONDS)
  let ran = 0
  for (; ran < limit; ran++) {
    const claimed = await db.transaction().execute(async (trx) => {
      const job = await trx
        .selectFrom('jobs')
        .select(['id', 'kind', 'payload', 'attempts'])
        .where('done_at', 'is', null)
        .where('started_at', 'is', null)
        .where('run_at', '<=', sql<Date>`now()`)
        .orderBy('run_at')
        .limit(1)
        .forUpdate()
        .skipLocked()
        .executeTakeFirst()
      if (!job) return false
      const handler = handlers[job.kind]
      if (isDelivery(handler)) {
        // Committed before the delivery starts: from here on this job is never sent again by accident.
        await trx.updateTable('jobs').set({ started_at: sql`now()`, attempts: job.attempts + 1 }).where('id', '=', job.id).execute()
        return { delivery: handler, id: job.id, payload: parsePayload(job.payload), attempts: job.attempts + 1 }
      }
      // A savepoint, so a handler that fails halfway leaves none of its writes behind.
      await sql`savepoint job_run`.execute(trx)
      try {
        if (!handler) throw new Error(`no handler for ${job.kind}`)
        await handler(trx, parsePayload(job.payload))
        await trx.updateTable('jobs').set({ done_at: sql`now()`, attempts: job.attempts + 1 }).where('id', '=', job.id).execute()
      } catch (error) {
        await sql`rollback to savepoint job_run`.execute(trx)
        const message = failureText(error)
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
    if (claimed !== true) await deliver(db, claimed)
  }
  return ran
}

async function deliver(db: DB, job: { delivery: DeliveryHandler; id: string; payload: Record<string, unknown>; attempts: number }) {
  try {
    await job.delivery.deliver(db, job)
    await db.updateTable('jobs').set({ done_at: sql`now()` }).where('id', '=', job.id).execute()
  } catch (error) {
    const message = failureText(error)
    if (error instanceof DeliveryRefusedError && job.attempts < MAX_ATTEMPTS) {
      logger.warn({ job: job.id, err: message }, 'delivery refused; will retry')
      await db
        .updateTable('jobs')
        .set({ started_at: null, last_error: message, run_at: sql`now() + make_interval(secs => ${30 * 2 ** job.attempts})` })
        .where('id', '=', job.id)
        .execute()
      return
    }
    // It may or may not have gone out (a timeout after the message was sent): not sent again.
    logger.error({ job: job.id, err: message }, 'delivery failed or its outcome is unknown; not retried')
    await db.updateTable('jobs').set({ done_at: sql`now()`, last_error: `not retried: ${message}` }).where('id', '=', job.id).execute()
  }
}

/** Deliveries a crashed process left started: closed as "interrupted", never resent (at most once). */
async function closeInterruptedDeliveries(db: DB, leaseSeconds: number) {
  const closed = await db
    .updateTable('jobs')
    .set({ done_at: sql`now()`, last_error: 'interrupted while sending; not retried (at most once)' })
    .where('done_at', 'is', null)
    .where('started_at', '<', sql<Date>`now() - make_interval(secs => ${leaseSeconds})`)
    .returning('id')
    .execute()
  if (closed.length) logger.warn({ jobs: closed.map((j) => j.id) }, 'deliveries interrupted by a crash: not resent')
}

/** Finished jobs are kept a while for inspection, then dropped (they hold ids only). */
export async function pruneFinishedJobs(db: DB, days = 30) {
  await db.deleteFrom('jobs').where('done_at', '<', sql<Date>`now() - make_interval(days => ${days})`).execute()
}
