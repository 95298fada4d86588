import { runVerificationMaintenance } from '~/services/experts.server'
import { alertStaleCrisisCases } from '~/services/cases/alerts.server'
import { purgeDeletedMembersCases } from '~/services/data-rights/delete.server'
import { recountMaturedRatings } from '~/services/reputation.server'
import { jobHandlers } from '~/services/job-handlers.server'
import { alertStaleCrisisFlags } from '~/services/moderation/crisis-alerts.server'
import { enqueueDueDigests, pruneEmailOutbox } from '~/services/watching/emails.server'
import { db } from './db.server'
import { env } from './env.server'
import { pruneFinishedJobs, runDueJobs } from './job-queue.server'
import { logger } from './logger.server'
import { pruneRateLimits } from './rate-limit.server'

const HOUR = 60 * 60 * 1000
let timer: ReturnType<typeof setInterval> | undefined
let crisisTimer: ReturnType<typeof setInterval> | undefined
let jobTimer: ReturnType<typeof setInterval> | undefined

/** Periodic upkeep in every app process; each pass takes a database lock, so it runs once at a time. */
export function startPeriodicJobs() {
  const run = () =>
    runVerificationMaintenance(db())
      .then((result) => {
        if (result.reminded || result.lapsed) logger.info(result, 'expert verification maintenance')
      })
      .catch((error: Error) => logger.error({ err: error.message }, 'expert verification maintenance failed'))
  const hourly = () => {
    void run()
    // Ratings from accounts that have just become old enough start to count.
    recountMaturedRatings(db())
      .then((n) => {
        if (n) logger.info({ posts: n }, 'ratings of matured accounts counted')
      })
      .catch((error: Error) => logger.error({ err: error.message }, 'rating recount failed'))
    pruneFinishedJobs(db()).catch((error: Error) => logger.error({ err: error.message }, 'job pruning failed'))
    pruneEmailOutbox(db()).catch((error: Error) => logger.error({ err: error.message }, 'email outbox pruning failed'))
    // Ended rate-limit windows are only dead weight (and keyed hashes of who hit them).
    pruneRateLimits(db()).catch((error: Error) => logger.error({ err: error.message }, 'rate-limit pruning failed'))
    // The retention rule: deleted members' cases go once DELETED_CASE_RETENTION_DAYS have passed since closing.
    purgeDeletedMembersCases(db())
      .then((n) => {
        if (n) logger.info({ cases: n }, 'retention: cases of deleted accounts purged')
      })
      .catch((error: Error) => logger.error({ err: error.message }, 'case retention purge failed'))
  }
  hourly()
  timer = setInterval(hourly, HOUR)
  timer.unref()
  // Unhandled crisis items: checked every minute, alerting moderators again after the window.
  crisisTimer = setInterval(() => {
    alertStaleCrisisFlags(db())
      .then((n) => {
        if (n) logger.warn({ items: n }, 'crisis items past the response window: moderators alerted again')
      })
      .catch((error: Error) => logger.error({ err: error.message }, 'crisis alert pass failed'))
    alertStaleCrisisCases(db())
      .then((n) => {
        if (n) logger.warn({ cases: n }, 'crisis cases still unassigned past the response window: staff alerted again')
      })
      .catch((error: Error) => logger.error({ err: error.message }, 'crisis case alert pass failed'))
  }, 60_000)
  crisisTimer.unref()
  // The job table (reminders, emails): due rows are claimed with SKIP LOCKED, so with several
  // processes polling each job still runs once, and nothing is lost across a restart.
  jobTimer = setInterval(() => {
    // Digests that fell due become jobs first (one pending per member), then the pass runs them.
    enqueueDueDigests(db())
      .catch((error: Error) => logger.error({ err: error.message }, 'digest scheduling failed'))
      .then(() => runDueJobs(db(), jobHandlers))
      .catch((error: Error) => logger.error({ err: error.message }, 'job pass failed'))
  }, env.jobPollSeconds * 1000)
  jobTimer.unref()
}

export function stopPeriodicJobs() {
  if (timer) clearInterval(timer)
  if (crisisTimer) clearInterval(crisisTimer)
  if (jobTimer) clearInterval(jobTimer)
}
