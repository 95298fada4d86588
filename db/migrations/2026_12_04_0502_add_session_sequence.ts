import type { Kysely } from 'kysely'

// The revision of a session's time (iCalendar SEQUENCE): a reschedule raises it, so a calendar
// that imported the earlier invitation replaces the event instead of keeping both.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('case_sessions').addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0)).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('case_sessions').dropColumn('sequence').execute()
}
