import { sql, type Kysely } from 'kysely'

/**
 * Indexes for the admin analytics (EXPLAIN on 10,000 threads / 200,000 posts, README): the first
 * answer to each thread is read in time order from its answers alone, without visiting the table;
 * answers and threads of a date range are found by time instead of by scanning everything.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const answers = sql`where not is_opening and deleted_at is null and hidden_at is null`
  await sql`create index posts_answers_thread_idx on posts (thread_id, created_at) include (author_id, is_anonymous) ${answers}`.execute(db)
  await sql`create index posts_answers_created_idx on posts (created_at) include (author_id, thread_id) ${answers}`.execute(db)
  await sql`create index threads_created_idx on threads (created_at) where deleted_at is null and hidden_at is null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index threads_created_idx`.execute(db)
  await sql`drop index posts_answers_created_idx`.execute(db)
  await sql`drop index posts_answers_thread_idx`.execute(db)
}
