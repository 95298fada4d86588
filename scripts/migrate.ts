import { getMigrationsApplied } from './migrate-report'
import { withDb } from './cli-db'

await withDb(async (handle) => {
  console.log(`Database (${handle.engine}) is at the latest migration.`)
  for (const name of await getMigrationsApplied(handle.db)) console.log(`  ✓ ${name}`)
})
