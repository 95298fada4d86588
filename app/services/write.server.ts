import type { DB } from '~/lib/db.server'
import type { Outcome, Refusal } from './outcome'

class Refused extends Error {
  constructor(public refusal: Refusal) {
    super(refusal.code)
  }
}

/**
 * The frame of every write: one transaction in which the service loads and locks its rows,
 * asks the pure policy, acts, audits and publishes (pg_notify inside a transaction is delivered
 * on commit, so listeners never hear of a write that rolled back). A refusal rolls back whatever
 * the work did before it refused. Called inside another transaction, it joins that one.
 */
export async function inWrite<T, C extends string>(db: DB, work: (trx: DB) => Promise<Outcome<T, C>>): Promise<Outcome<T, C>> {
  if (db.isTransaction) return work(db)
  try {
    return await db.transaction().execute(async (trx) => {
      const outcome = await work(trx)
      if (!outcome.ok) throw new Refused(outcome)
      return outcome
    })
  } catch (error) {
    if (error instanceof Refused) return error.refusal as Refusal<C>
    throw error
  }
}
