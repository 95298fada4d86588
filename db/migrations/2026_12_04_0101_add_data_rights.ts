import { sql, type Kysely } from 'kysely'

// Data rights (issue 14.1–5): consent decisions are appended (given or withdrawn, with version and
// time), retired pseudonyms stay reserved for a while, an email change waits for a code sent to
// the new address, and an admin's email reveal needs a second admin's approval.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table consents add column decision text not null default 'given' check (decision in ('given', 'withdrawn'))`.execute(db)
  await db.schema.createIndex('consents_user_kind_idx').on('consents').columns(['user_id', 'kind', 'accepted_at']).execute()

  await db.schema
    .createTable('pseudonym_history')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    // null once the account is deleted: the name stays reserved, linked to nobody.
    .addColumn('user_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('pseudonym', 'text', (c) => c.notNull())
    .addColumn('pseudonym_key', 'text', (c) => c.notNull())
    .addColumn('retired_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('reserved_until', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('pseudonym_history_key_idx').on('pseudonym_history').columns(['pseudonym_key', 'reserved_until']).execute()
  await db.schema.createIndex('pseudonym_history_user_idx').on('pseudonym_history').column('user_id').execute()

  await db.schema
    .createTable('email_changes')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('new_email', 'text', (c) => c.notNull())
    // Random; the code is a keyed hash of it (server secret), so the table alone cannot give codes
    // and the job that sends the email carries only the row id.
    .addColumn('nonce', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('confirmed_at', 'timestamptz')
    .execute()
  await sql`create unique index email_changes_pending_idx on email_changes (user_id) where confirmed_at is null`.execute(db)

  await db.schema
    .createTable('email_reveals')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('target_user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('requested_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'approved', 'shown', 'declined')`))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('shown_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('email_reveals_status_idx').on('email_reveals').columns(['status', 'created_at']).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('email_reveals').execute()
  await db.schema.dropTable('email_changes').execute()
  await db.schema.dropTable('pseudonym_history').execute()
  await db.schema.dropIndex('consents_user_kind_idx').execute()
  await sql`alter table consents drop column decision`.execute(db)
}
