import { DataDirLockedError } from '#db/data-dir-lock'
import { initConfiguredDb } from '~/lib/db.server'

/** Opens the configured database for a command-line script (migrating first) and closes it after. */
export async function withDb<T>(run: (handle: Awaited<ReturnType<typeof initConfiguredDb>>) => Promise<T>): Promise<T> {
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
    return await run(handle)
  } finally {
    await handle.close()
  }
}
