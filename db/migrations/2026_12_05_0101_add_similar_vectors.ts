import { sql, type Kysely } from 'kysely'

/**
 * "Similar questions" rank candidates on every key press. Ranking over an expression index
 * rebuilt each candidate's title vector, and entries were ranked over vectors that include the
 * whole answer: on 10,000 threads / 300 entries most of a request's time. A stored vector of the
 * thread title (generated, so an edited title follows), and one of an entry's question side
 * (title, question, tags: what a new question resembles), make ranking read, not compute.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', 'search_config').executeTakeFirst()
  const config = sql.lit(row?.value === 'indonesian' ? 'indonesian' : 'simple')
  await sql`alter table threads add column title_search tsvector generated always as (to_tsvector(${config}::regconfig, title)) stored`.execute(db)
  await sql`drop index threads_solved_title_search_idx`.execute(db)
  await sql`create index threads_solved_title_search_idx on threads using gin (title_search) where deleted_at is null and hidden_at is null and accepted_post_id is not null`.execute(db)
  await sql`alter table kb_entries add column question_search tsvector`.execute(db)
  await sql`
    update kb_entries set question_search =
      setweight(to_tsvector(${config}::regconfig, title), 'A') || setweight(to_tsvector(${config}::regconfig, question_md), 'A') ||
      setweight(to_tsvector(${config}::regconfig, replace(array_to_string(tags, ' '), '-', ' ')), 'B')`.execute(db)
  await sql`create index kb_entries_question_search_idx on kb_entries using gin (question_search) where withdrawn_at is null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', 'search_config').executeTakeFirst()
  const config = sql.lit(row?.value === 'indonesian' ? 'indonesian' : 'simple')
  await sql`alter table kb_entries drop column question_search`.execute(db)
  await sql`drop index threads_solved_title_search_idx`.execute(db)
  await sql`alter table threads drop column title_search`.execute(db)
  await sql`create index threads_solved_title_search_idx on threads using gin (to_tsvector(${config}::regconfig, title)) where deleted_at is null and hidden_at is null and accepted_post_id is not null`.execute(db)
}
