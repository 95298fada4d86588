import { sql, type Kysely } from 'kysely'

// A suspension remembers the channel it was taken through (a named post, or one thread's
// anonymous handle), so staff pages of the other channel never show it (issue 19).
// users.suspended_until stays the account-wide end, derived from the open rows.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('suspensions')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // null: through a named post (or by an admin); otherwise the thread whose Anonim handle it came through
    .addColumn('through_thread_id', 'bigint', (c) => c.references('threads.id'))
    .addColumn('until', 'timestamptz', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('lifted_at', 'timestamptz')
    .execute()
  await sql`create index suspensions_open_idx on suspensions (user_id) where lifted_at is null`.execute(db)
  await sql`
    insert into suspensions (user_id, through_thread_id, until, reason, created_at)
    select id, null, suspended_until, coalesce(suspension_reason, ''), now() from users where suspended_until > now()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('suspensions').execute()
}
