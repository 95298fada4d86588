import { sql, type Kysely } from 'kysely'

// Verified employee, still pseudonymous (issue 18.4). The work address is never stored: only a
// keyed hash (HMAC under the instance secret), unique, so one work address verifies one account.
// Pending codes are stored as keyed hashes too, with the address's hash, never the address.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('employee_verifications')
    .addColumn('user_id', 'uuid', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    // null when an HR official confirmed the member in person (no address was involved)
    .addColumn('address_hash', 'text', (c) => c.unique())
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('email', 'hr')`))
    .addColumn('institution', 'text')
    .addColumn('show_institution', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('verified_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('employee_verification_codes')
    .addColumn('id', 'bigint', (c) => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('method', 'text', (c) => c.notNull().check(sql`method in ('email', 'hr')`))
    .addColumn('code_hash', 'text', (c) => c.notNull())
    .addColumn('address_hash', 'text')
    .addColumn('institution', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  // One pending code per member and way; an HR code is found by its hash alone.
  await sql`create unique index employee_verification_codes_user_method on employee_verification_codes (user_id, method)`.execute(db)
  await sql`create unique index employee_verification_codes_hr_code on employee_verification_codes (code_hash) where method = 'hr'`.execute(db)
  await db.schema.alterTable('categories').addColumn('verified_only', 'boolean', (c) => c.notNull().defaultTo(false)).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('categories').dropColumn('verified_only').execute()
  await db.schema.dropTable('employee_verification_codes').execute()
  await db.schema.dropTable('employee_verifications').execute()
}
