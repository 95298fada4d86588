import { sql, type Kysely } from 'kysely'

const OPEN = `status in ('new', 'assigned', 'active', 'referred')`

export async function up(db: Kysely<any>): Promise<void> {
  // Two staff roles for counseling: intake (assigns cases) and hr (refers employees).
  await sql`alter table user_roles drop constraint if exists user_roles_role_check`.execute(db)
  await sql`alter table user_roles add constraint user_roles_role_check check (role in ('member', 'expert', 'counselor', 'intake', 'hr', 'moderator', 'admin'))`.execute(db)
  // Session times are shown in the member's own zone (WIB, WITA, WIT…).
  await db.schema.alterTable('users').addColumn('time_zone', 'text', (c) => c.notNull().defaultTo('Asia/Jakarta')).execute()

  await db.schema
    .createTable('cases')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('member_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    // How the counselor sees the member until they reveal more: pseudonym, or the thread's Anonim handle.
    .addColumn('member_alias', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('escalation', 'request', 'referral')`))
    .addColumn('type', 'text', (c) => c.notNull().check(sql`type in ('wellbeing', 'performance', 'career', 'staffing')`))
    .addColumn('urgency', 'text', (c) => c.notNull().check(sql`urgency in ('crisis', 'high', 'normal')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('new').check(sql`status in ('new', 'assigned', 'active', 'referred', 'closed', 'declined')`),
    )
    .addColumn('counselor_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('opened_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('thread_id', 'bigint', (c) => c.references('threads.id'))
    .addColumn('post_id', 'bigint', (c) => c.references('posts.id'))
    // Free text below is sealed with AES-256-GCM (lib/case-crypto); the columns hold ciphertext only.
    .addColumn('reason_enc', 'text')
    .addColumn('identity_enc', 'text')
    .addColumn('identity_revealed_at', 'timestamptz')
    .addColumn('referral_kind', 'text', (c) => c.check(sql`referral_kind in ('psychologist', 'clinic', 'face_to_face')`))
    .addColumn('referral_reason_enc', 'text')
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('resolved', 'referred_out', 'withdrawn', 'no_contact')`))
    .addColumn('follow_up', 'text', (c) => c.check(sql`follow_up in ('guidance', 'training', 'special_assignment', 'transfer_proposal')`))
    .addColumn('closing_enc', 'text')
    .addColumn('member_read_id', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('counselor_read_id', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('assigned_at', 'timestamptz')
    .addColumn('first_response_at', 'timestamptz')
    .addColumn('closed_at', 'timestamptz')
    // Last time staff were alerted about this case while it waited (crisis cases only).
    .addColumn('alerted_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index cases_member_idx on cases (member_id, created_at desc)`.execute(db)
  await sql`create index cases_counselor_idx on cases (counselor_id, updated_at desc) where counselor_id is not null`.execute(db)
  await sql.raw(`create index cases_queue_idx on cases (status, urgency, created_at) where ${OPEN}`).execute(db)
  await sql`create index cases_opened_by_idx on cases (opened_by) where opened_by is not null`.execute(db)
  // One open escalation per post: a second moderator's escalation lands on the same case.
  await sql.raw(`create unique index cases_one_open_per_post on cases (post_id) where post_id is not null and ${OPEN}`).execute(db)

  await db.schema
    .createTable('case_events')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('detail_enc', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index case_events_case_idx on case_events (case_id, id)`.execute(db)

  await db.schema
    .createTable('case_messages')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('sender_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body_enc', 'text', (c) => c.notNull())
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index case_messages_case_idx on case_messages (case_id, id)`.execute(db)

  await db.schema
    .createTable('case_notes')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('author_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('body_enc', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index case_notes_case_idx on case_notes (case_id, id)`.execute(db)

  await db.schema
    .createTable('case_sessions')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('mode', 'text', (c) => c.notNull().check(sql`mode in ('chat', 'video', 'phone', 'in_person')`))
    .addColumn('starts_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('place_enc', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('proposed').check(sql`status in ('proposed', 'accepted', 'declined', 'cancelled', 'held')`),
    )
    .addColumn('created_by', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index case_sessions_case_idx on case_sessions (case_id, starts_at)`.execute(db)

  // Every staff read of a case, shown to the member on the case page.
  await db.schema
    .createTable('case_access_log')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('case_id', 'bigint', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('actor_id', 'uuid', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('capacity', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index case_access_log_case_idx on case_access_log (case_id, id desc)`.execute(db)

  await db.schema
    .createTable('case_feedback')
    .addColumn('case_id', 'bigint', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('rating', 'integer', (c) => c.notNull().check(sql`rating between 1 and 5`))
    .addColumn('comment_enc', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('counselor_duty')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('on_duty', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  // Work that must happen later and exactly once across processes (reminders, emails):
  // workers claim due rows with FOR UPDATE SKIP LOCKED.
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'jsonb', (c) => c.notNull())
    // Jobs that replace each other (a rescheduled session's reminder) share a key.
    .addColumn('dedupe_key', 'text')
    .addColumn('run_at', 'timestamptz', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('done_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await sql`create index jobs_due_idx on jobs (run_at) where done_at is null`.execute(db)
  await sql`create unique index jobs_pending_dedupe on jobs (dedupe_key) where done_at is null and dedupe_key is not null`.execute(db)

  // Requests recorded before cases existed become cases waiting for intake.
  await sql`
    insert into cases (member_id, member_alias, source, type, urgency, post_id, thread_id, created_at)
    select r.user_id, u.pseudonym, 'request', 'wellbeing', 'high', r.post_id, p.thread_id, r.created_at
    from counseling_requests r join users u on u.id = r.user_id left join posts p on p.id = r.post_id
    where r.status = 'requested'
    on conflict do nothing`.execute(db)
  await db.schema.dropTable('counseling_requests').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('counseling_requests')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('post_id', 'bigint', (c) => c.references('posts.id'))
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('requested'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  for (const table of ['jobs', 'counselor_duty', 'case_feedback', 'case_access_log', 'case_sessions', 'case_notes', 'case_messages', 'case_events', 'cases']) {
    await db.schema.dropTable(table).execute()
  }
  await db.schema.alterTable('users').dropColumn('time_zone').execute()
  await sql`delete from user_roles where role in ('intake', 'hr')`.execute(db)
  await sql`alter table user_roles drop constraint if exists user_roles_role_check`.execute(db)
  await sql`alter table user_roles add constraint user_roles_role_check check (role in ('member', 'expert', 'counselor', 'moderator', 'admin'))`.execute(db)
}
