import { sql, type Kysely } from 'kysely'

/**
 * "Similar questions" compare a title being typed with the titles of solved threads. An
 * expression index over those titles (in the instance's search configuration, fixed here as a
 * literal so the expression is immutable) keeps each key press off the posts table: on 10,000
 * threads / 200,000 posts the lookup over opening posts scanned the whole posts table.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', 'search_config').executeTakeFirst()
  const config = row?.value === 'indonesian' ? 'indonesian' : 'simple'
  await sql`create index threads_solved_title_search_idx on threads using gin (to_tsvector(${sql.lit(config)}::regconfig, title)) where deleted_at is null and hidden_at is null and accepted_post_id is not null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index threads_solved_title_search_idx`.execute(db)
}
