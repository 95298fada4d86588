import { sql, type Kysely } from 'kysely'

// Watching (issue 14.7): a member follows a category (new threads) or a thread (new answers).
// Email about it is opt-in, kept per member in email_preferences; every email built for a
// member is first written to email_outbox (who, what, when) and sent from there by the job
// queue, at most once. notifications.emailed_at marks what a digest or an email already
// carried, so nothing is mailed twice.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('watches')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('category_id', 'integer', (c) => c.references('categories.id').onDelete('cascade'))
    .addColumn('thread_id', 'bigint', (c) => c.references('threads.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('watches_one_target', sql`(category_id is null) <> (thread_id is null)`)
    .execute()
  await sql`create unique index watches_user_category_idx on watches (user_id, category_id) where category_id is not null`.execute(db)
  await sql`create unique index watches_user_thread_idx on watches (user_id, thread_id) where thread_id is not null`.execute(db)
  // The fan-out reads watchers by target.
  await sql`create index watches_category_idx on watches (category_id) where category_id is not null`.execute(db)
  await sql`create index watches_thread_idx on watches (thread_id) where thread_id is not null`.execute(db)

  await db.schema
    .createTable('email_preferences')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('digest', 'text', (c) => c.notNull().defaultTo('off').check(sql`digest in ('off', 'daily', 'weekly')`))
    .addColumn('reply_emails', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('mention_emails', 'boolean', (c) => c.notNull().defaultTo(false))
    // When the digest was last built (or first switched on): the next one is due a day or a week later.
    .addColumn('digest_from', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index email_preferences_digest_idx on email_preferences (digest_from) where digest <> 'off'`.execute(db)

  await db.schema
    .createTable('email_outbox')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sent_at', 'timestamptz')
    // Why it was not sent (consent withdrawn before delivery, account gone).
    .addColumn('skipped', 'text')
    .execute()
  await db.schema.createIndex('email_outbox_user_idx').on('email_outbox').columns(['user_id', 'created_at']).execute()

  await db.schema.alterTable('notifications').addColumn('emailed_at', 'timestamptz').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('emailed_at').execute()
  await db.schema.dropTable('email_outbox').execute()
  await db.schema.dropTable('email_preferences').execute()
  await db.schema.dropTable('watches').execute()
}
