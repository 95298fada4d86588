import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('post_ratings')
    .addColumn('post_id', 'bigint', (c) => c.notNull().references('posts.id'))
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // +1 helpful, -1 not helpful; the primary key makes a second rating impossible.
    .addColumn('value', 'smallint', (c) => c.notNull().check(sql`value in (-1, 1)`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('post_ratings_pk', ['post_id', 'user_id'])
    .execute()
  await db.schema.createIndex('post_ratings_user_idx').on('post_ratings').column('user_id').execute()
  // Counts of ratings that count (eligible raters), kept on the post for ranking.
  await db.schema.alterTable('posts').addColumn('helpful_count', 'integer', (c) => c.notNull().defaultTo(0)).execute()
  await db.schema.alterTable('posts').addColumn('unhelpful_count', 'integer', (c) => c.notNull().defaultTo(0)).execute()

  await db.schema
    .createTable('expert_applications')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('areas', sql`integer[]`, (c) => c.notNull())
    .addColumn('organisation', 'text', (c) => c.notNull())
    .addColumn('position', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending').check(sql`status in ('pending', 'approved', 'rejected')`))
    .addColumn('decided_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decision_reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  // One open application per member.
  await sql`create unique index expert_applications_open_idx on expert_applications (user_id) where status = 'pending'`.execute(db)
  await sql`create index expert_applications_queue_idx on expert_applications (created_at) where status = 'pending'`.execute(db)

  await db.schema
    .createTable('expert_verifications')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('badge_text', 'text', (c) => c.notNull())
    .addColumn('areas', sql`integer[]`, (c) => c.notNull())
    .addColumn('verified_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('verified_at', 'timestamptz', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('reminded_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .addColumn('revoke_reason', 'text')
    .execute()

  await db.schema.alterTable('notifications').addColumn('detail', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('notifications').dropColumn('detail').execute()
  await db.schema.dropTable('expert_verifications').execute()
  await db.schema.dropTable('expert_applications').execute()
  await db.schema.alterTable('posts').dropColumn('unhelpful_count').execute()
  await db.schema.alterTable('posts').dropColumn('helpful_count').execute()
  await db.schema.dropTable('post_ratings').execute()
}
