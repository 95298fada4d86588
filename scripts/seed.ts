import { SEED_AUTHORS, SEED_THREADS } from '#db/seed/forum-content'
import { SEED_KB_ENTRIES } from '#db/seed/kb-content'
import { env } from '~/lib/env.server'
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedCategories, seedDemoAccounts, seedDemoCase, seedForumContent, seedKnowledgeBase } from '~/services/seed.server'
import { withDb } from './cli-db'

// Demo data only ever arrives through this explicit command (the quick start runs it).
await withDb(async ({ db, engine }) => {
  await seedCategories(db)
  await seedDemoAccounts(db)
  const added = await seedForumContent(db, { authors: SEED_AUTHORS, threads: SEED_THREADS })
  const replies = SEED_THREADS.reduce((n, t) => n + t.replies.length, 0)
  console.log(added ? `Seeded ${SEED_THREADS.length} demo threads with ${replies} replies.` : 'Demo threads were already there.')
  const entries = await seedKnowledgeBase(db, { threads: SEED_THREADS }, SEED_KB_ENTRIES)
  if (entries) console.log(`Seeded ${entries} demo knowledge-base entries (/pustaka), marked as demo content.`)
  if (await seedDemoCase(db)) console.log('Seeded one demo counseling case (RusaTenang05 with MerpatiSabar03).')
  if (!env.caseKey) {
    console.log(`\nWARNING: TEDUH_CASE_KEY is not set. Case notes and messages are encrypted with a key generated into ${env.dataDir}/case.key.`)
    console.log('         Back that file up (without it the cases cannot be read) and set TEDUH_CASE_KEY in production.')
  }
  console.log(`\nDemo data is ready (${engine}). Demo accounts, all with the password "${DEMO_PASSWORD}":`)
  for (const a of DEMO_ACCOUNTS) {
    console.log(`  ${a.email.padEnd(24)} ${a.pseudonym.padEnd(16)} ${a.roles.join(', ')}`)
  }
  console.log('')
})
