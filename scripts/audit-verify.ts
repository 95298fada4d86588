import { verifyAuditChain } from '~/models/audit.server'
import { withDb } from './cli-db'

// Exit 1 and name the first row whose hash chain is broken (edited, deleted or reordered rows).
await withDb(async ({ db }) => {
  const { checked, firstBroken } = await verifyAuditChain(db)
  if (firstBroken) {
    console.error(`Audit chain BROKEN at row ${firstBroken} (after ${checked} good rows).`)
    process.exitCode = 1
  } else {
    console.log(`Audit chain intact: ${checked} rows checked.`)
  }
})
