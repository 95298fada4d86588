import { getDb, getDbHandle, initDb, type DB } from '#db/client.server'
import { env } from './env.server'

export type { DB }
export { getDb as db, getDbHandle }

/** Opens the configured database (PGlite in DATA_DIR, or DATABASE_URL) and applies migrations. */
export function initConfiguredDb() {
  return initDb({
    databaseUrl: env.databaseUrl,
    schema: env.databaseSchema,
    dataDir: env.databaseUrl ? undefined : env.dataDir,
  })
}
