import { sql, type Kysely } from 'kysely'

export async function up(db: Kysely<any>): Promise<void> {
  // Indonesian stemming where the engine has it, 'simple' otherwise; the app reads the choice back.
  const { rows } = await sql<{ found: boolean }>`select exists (select 1 from pg_ts_config where cfgname = 'indonesian') as found`.execute(db)
  const searchConfig = rows[0]?.found ? 'indonesian' : 'simple'
  await db.schema
    .createTable('app_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()
  await db.insertInto('app_settings').values({ key: 'search_config', value: searchConfig }).execute()

  await db.schema
    .createTable('threads')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('is_anonymous', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('reply_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('accepted_post_id', 'bigint')
    .addColumn('has_expert_answer', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('pinned', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('locked_at', 'timestamptz')
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('deleted_at', 'timestamptz')
    // Millisecond precision, so a list cursor (milliseconds in a URL) is exact.
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`date_trunc('milliseconds', now())`))
    .addColumn('last_activity_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`date_trunc('milliseconds', now())`))
    .execute()
  // Category lists, keyset-paginated on (time, id); pinned threads are a separate short list.
  const listed = sql`where deleted_at is null and hidden_at is null and not pinned`
  await sql`create index threads_category_activity_idx on threads (category_id, last_activity_at desc, id desc) ${listed}`.execute(db)
  await sql`create index threads_category_created_idx on threads (category_id, created_at desc, id desc) ${listed}`.execute(db)
  await sql`create index threads_activity_idx on threads (last_activity_at desc, id desc) ${listed}`.execute(db)
  await sql`create index threads_pinned_idx on threads (category_id, last_activity_at desc) where pinned and deleted_at is null and hidden_at is null`.execute(db)
  await db.schema.createIndex('threads_author_idx').on('threads').column('author_id').execute()

  await db.schema
    .createTable('posts')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('thread_id', 'bigint', (c) => c.notNull().references('threads.id'))
    .addColumn('author_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('is_anonymous', 'boolean', (c) => c.notNull().defaultTo(false))
    // The question itself is the thread's opening post.
    .addColumn('is_opening', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('reply_to_post_id', 'bigint', (c) => c.references('posts.id'))
    .addColumn('body_md', 'text', (c) => c.notNull())
    // Rendered and sanitised once at write time; pages never run the pipeline on read.
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('edited_at', 'timestamptz')
    .addColumn('hidden_at', 'timestamptz')
    .addColumn('hidden_reason', 'text')
    .addColumn('deleted_at', 'timestamptz')
    // Title (weight A, opening post only) and body (B), in the instance's search configuration.
    .addColumn('search', sql`tsvector`)
    .execute()
  await sql`create index posts_thread_idx on posts (thread_id, id)`.execute(db)
  await sql`create index posts_author_idx on posts (author_id, created_at desc)`.execute(db)
  await sql`create unique index posts_idempotency_idx on posts (author_id, idempotency_key) where idempotency_key is not null`.execute(db)
  await sql`create index posts_search_idx on posts using gin (search) where deleted_at is null and hidden_at is null`.execute(db)
  await sql`alter table threads add constraint threads_accepted_post_fk foreign key (accepted_post_id) references posts (id)`.execute(db)

  await db.schema
    .createTable('post_revisions')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('post_id', 'bigint', (c) => c.notNull().references('posts.id'))
    .addColumn('editor_id', 'uuid', (c) => c.notNull().references('users.id'))
    .addColumn('title', 'text')
    .addColumn('body_md', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('post_revisions_post_idx').on('post_revisions').columns(['post_id', 'created_at']).execute()

  await db.schema
    .createTable('tags')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .execute()
  await db.schema
    .createTable('thread_tags')
    .addColumn('thread_id', 'bigint', (c) => c.notNull().references('threads.id').onDelete('cascade'))
    .addColumn('tag_id', 'integer', (c) => c.notNull().references('tags.id'))
    .addPrimaryKeyConstraint('thread_tags_pk', ['thread_id', 'tag_id'])
    .execute()
  await db.schema.createIndex('thread_tags_tag_idx').on('thread_tags').columns(['tag_id', 'thread_id']).execute()

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('thread_id', 'bigint', (c) => c.references('threads.id'))
    .addColumn('post_id', 'bigint', (c) => c.references('posts.id'))
    // Who acted, as shown publicly at the time (a pseudonym or an "Anonim #XXXX" handle), never an id.
    .addColumn('actor_label', 'text')
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute()
  await sql`create index notifications_user_idx on notifications (user_id, created_at desc, id desc)`.execute(db)
  await sql`create index notifications_unread_idx on notifications (user_id) where read_at is null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table threads drop constraint threads_accepted_post_fk`.execute(db)
  for (const t of ['notifications', 'thread_tags', 'tags', 'post_revisions', 'posts', 'threads', 'app_settings']) {
    await db.schema.dropTable(t).execute()
  }
}
