import { sql, type Kysely } from 'kysely'

/**
 * The knowledge base ("Pustaka"): entries written from a thread whose accepted or expert answer
 * holds, in neutral words (the asker is never stored on the entry), each with its review date.
 * Every version is kept in kb_entry_revisions, as posts keep theirs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('kb_entries')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('category_id', 'integer', (c) => c.notNull().references('categories.id'))
    // One entry per thread: turning the same thread twice (a double submit) finds the first.
    .addColumn('source_thread_id', 'bigint', (c) => c.notNull().unique().references('threads.id'))
    .addColumn('source_post_id', 'bigint', (c) => c.notNull().references('posts.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('question_md', 'text', (c) => c.notNull())
    .addColumn('question_html', 'text', (c) => c.notNull())
    .addColumn('answer_md', 'text', (c) => c.notNull())
    .addColumn('answer_html', 'text', (c) => c.notNull())
    .addColumn('answer_text', 'text', (c) => c.notNull())
    .addColumn('tags', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    // [{ name, number, year, article, url }]
    .addColumn('regulations', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('reviewed_by', 'uuid', (c) => c.references('users.id'))
    // The reviewer's badge as it read on the day (a moderator's says so): what the page shows.
    .addColumn('reviewed_badge', 'text', (c) => c.notNull())
    .addColumn('reviewed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('review_due_at', 'timestamptz', (c) => c.notNull())
    .addColumn('is_demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_by', 'uuid', (c) => c.references('users.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('withdrawn_at', 'timestamptz')
    // Title and question (A), tags (B), answer (C), in the instance's search configuration.
    .addColumn('search', sql`tsvector`)
    .execute()
  await sql`create index kb_entries_search_idx on kb_entries using gin (search) where withdrawn_at is null`.execute(db)
  await sql`create index kb_entries_category_idx on kb_entries (category_id, reviewed_at desc) where withdrawn_at is null`.execute(db)
  await sql`create index kb_entries_tags_idx on kb_entries using gin (tags) where withdrawn_at is null`.execute(db)
  await sql`create index kb_entries_due_idx on kb_entries (review_due_at) where withdrawn_at is null`.execute(db)

  await db.schema
    .createTable('kb_entry_revisions')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('entry_id', 'bigint', (c) => c.notNull().references('kb_entries.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    // 'create' | 'edit' | 'confirm'
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('editor_id', 'uuid', (c) => c.references('users.id'))
    .addColumn('editor_badge', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('question_md', 'text', (c) => c.notNull())
    .addColumn('answer_md', 'text', (c) => c.notNull())
    .addColumn('tags', sql`text[]`, (c) => c.notNull())
    .addColumn('regulations', 'jsonb', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('kb_entry_revisions_entry_idx').on('kb_entry_revisions').columns(['entry_id', 'version']).unique().execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('kb_entry_revisions').execute()
  await db.schema.dropTable('kb_entries').execute()
}
