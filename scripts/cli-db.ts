import { initConfiguredDb } from '~/lib/db.server'

/** Opens the configured database for a command-line script (migrating first) and closes it after. */
export async function withDb<T>(run: (handle: Awaited<ReturnType<typeof initConfiguredDb>>) => Promise<T>): Promise<T> {
  const handle = await initConfiguredDb()
  try {
    return await run(handle)
  } finally {
    await handle.close()
  }
}
