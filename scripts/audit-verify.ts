import { verifyAuditChain } from '~/models/audit.server'
import { withDb } from './cli-db'

// Walks the audit log's keyed chain from its first row, compares its end with the signed head,
// prints the head (so it can be compared with a copy kept elsewhere) and exits 1 on any finding.
await withDb(async ({ db }) => {
  const result = await verifyAuditChain(db)
  const head = result.head
  console.log(`Key: ${result.keySource}.`)
  console.log(head ? `Signed head: ${head.count} rows, last id ${head.lastId ?? '-'}, last MAC ${head.lastHash ?? '-'}.` : 'Signed head: none.')
  if (result.legacy) {
    const l = result.legacy
    console.log(
      `Re-anchored on ${l.anchoredAt}: rows up to id ${l.lastId} (${l.count}) were chained with plain SHA-256 by an earlier version; ` +
        `since then a keyed digest pins them (their chain was ${l.brokenAt ? `already broken at row ${l.brokenAt}` : 'intact'} then). ` +
        'Changes made to them before that date cannot be detected.',
    )
  }
  for (const note of result.notes) console.log(`Note: ${note}.`)
  if (result.ok) {
    console.log(`Audit chain intact: ${result.checked} rows checked.`)
    return
  }
  console.error(`Audit chain BROKEN${result.firstBroken ? ` at row ${result.firstBroken}` : ''} (${result.checked} rows checked):`)
  for (const problem of result.problems) console.error(`  - ${problem}`)
  process.exitCode = 1
}, { auditHead: false })
