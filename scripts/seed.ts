import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedCategories, seedDemoAccounts } from '~/services/seed.server'
import { withDb } from './cli-db'

// Demo data only ever arrives through this explicit command (the quick start runs it).
await withDb(async ({ db, engine }) => {
  await seedCategories(db)
  await seedDemoAccounts(db)
  console.log(`\nDemo data is ready (${engine}). Demo accounts, all with the password "${DEMO_PASSWORD}":`)
  for (const a of DEMO_ACCOUNTS) {
    console.log(`  ${a.email.padEnd(24)} ${a.pseudonym.padEnd(16)} ${a.roles.join(', ')}`)
  }
  console.log('')
})
