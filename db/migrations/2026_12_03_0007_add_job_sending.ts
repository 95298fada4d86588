import type { Kysely } from 'kysely'

// Jobs that talk to the outside world (emails) are marked as being sent, in a committed row,
// before the SMTP conversation starts: a crash in between never sends the same email twice.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('jobs').addColumn('started_at', 'timestamptz').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('jobs').dropColumn('started_at').execute()
}
