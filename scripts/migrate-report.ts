import { sql, type Kysely } from 'kysely'

export async function getMigrationsApplied(db: Kysely<any>): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db)
  return rows.map((r) => r.name)
}
