import { sql, type Kysely } from 'kysely'

// Everyday comforts (issue 15.7): a short public bio and areas of interest on the profile,
// whether the member has seen the onboarding, and announcements on the home page.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('users')
    .addColumn('bio', 'text')
    .addColumn('interests', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'::integer[]`))
    .addColumn('onboarded_at', 'timestamptz')
    .execute()
  // Accounts that exist already have found their way around: the onboarding is for new sign-ups.
  await sql`update users set onboarded_at = created_at`.execute(db)
  await db.schema
    .createTable('announcements')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('body_md', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('ended_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('ended_at', 'timestamptz')
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .execute()
  await sql`create index announcements_live_idx on announcements (created_at desc) where ended_at is null`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('announcements').execute()
  await db.schema.alterTable('users').dropColumn('bio').dropColumn('interests').dropColumn('onboarded_at').execute()
}
