import { DataDirLockedError } from '#db/data-dir-lock'
import { initConfiguredDb } from '~/lib/db.server'
import { ensureAuditHead } from '~/models/audit.server'

/**
 * Opens the configured database for a command-line script (migrating first, and writing the
 * audit log's signed head if there is none) and closes it after. The verifier opens it with
 * `{ auditHead: false }`: it must see a missing head, not make one.
 */
export async function withDb<T>(run: (handle: Awaited<ReturnType<typeof initConfiguredDb>>) => Promise<T>, options = { auditHead: true }): Promise<T> {
  let handle: Awaited<ReturnType<typeof initConfiguredDb>>
  try {
    handle = await initConfiguredDb()
  } catch (error) {
    // The server (or another script) owns the PGlite folder: say so, without a stack trace.
    if (error instanceof DataDirLockedError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  try {
    if (options.auditHead) await ensureAuditHead(handle.db)
    return await run(handle)
  } finally {
    await handle.close()
  }
}
