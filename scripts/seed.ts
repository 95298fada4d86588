import { SEED_AUTHORS, SEED_THREADS } from '#db/seed/forum-content'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedCategories, seedDemoAccounts, seedForumContent } from '~/services/seed.server'
import { withDb } from './cli-db'

// Demo data only ever arrives through this explicit command (the quick start runs it).
await withDb(async ({ db, engine }) => {
  await seedCategories(db)
  await seedDemoAccounts(db)
  const added = await seedForumContent(db, { authors: SEED_AUTHORS, threads: SEED_THREADS })
  const replies = SEED_THREADS.reduce((n, t) => n + t.replies.length, 0)
  console.log(added ? `Seeded ${SEED_THREADS.length} demo threads with ${replies} replies.` : 'Demo threads were already there.')
  console.log(`\nDemo data is ready (${engine}). Demo accounts, all with the password "${DEMO_PASSWORD}":`)
  for (const a of DEMO_ACCOUNTS) {
    console.log(`  ${a.email.padEnd(24)} ${a.pseudonym.padEnd(16)} ${a.roles.join(', ')}`)
  }
  console.log('')
})
