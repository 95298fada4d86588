import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('flags')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('post_id', 'bigint', (c) => c.notNull().references('posts.id'))
    .addColumn('thread_id', 'bigint', (c) => c.notNull().references('threads.id'))
    // null for automatic flags
    .addColumn('flagger_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('member', 'auto')`))
    .addColumn('reason', 'text', (c) =>
      c.notNull().check(sql`reason in ('crisis', 'harassment', 'personal_data', 'misinformation', 'spam', 'other', 'new_account')`),
    )
    .addColumn('detail', 'text')
    // Indirect crisis hits (negated, quoted) rank below direct ones.
    .addColumn('indirect', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('weight', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open').check(sql`status in ('open', 'resolved')`))
    .addColumn('resolution', 'text')
    .addColumn('resolved_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('resolved_at', 'timestamptz')
    .addColumn('alerted_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create unique index flags_one_open_per_member on flags (post_id, flagger_id) where status = 'open' and flagger_id is not null`.execute(db)
  await sql`create unique index flags_one_open_auto on flags (post_id, reason) where status = 'open' and flagger_id is null`.execute(db)
  await sql`create index flags_open_idx on flags (post_id) where status = 'open'`.execute(db)

  await db.schema
    .createTable('counseling_requests')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('post_id', 'bigint', (c) => c.references('posts.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('requested'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  // Tamper evidence: each audit row carries a hash chained to the previous row's.
  await db.schema.alterTable('audit_log').addColumn('prev_hash', 'text').execute()
  await db.schema.alterTable('audit_log').addColumn('hash', 'text').execute()
  await db.schema.alterTable('posts').addColumn('awaiting_review', 'boolean', (c) => c.notNull().defaultTo(false)).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('posts').dropColumn('awaiting_review').execute()
  await db.schema.alterTable('audit_log').dropColumn('hash').execute()
  await db.schema.alterTable('audit_log').dropColumn('prev_hash').execute()
  await db.schema.dropTable('counseling_requests').execute()
  await db.schema.dropTable('flags').execute()
}
