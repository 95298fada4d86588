import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs'
import path from 'node:path'

// PGlite does not lock its data folder: two processes on one folder hand out the same ids and
// corrupt indexes. This lock file makes the second one refuse to start instead.

const LOCK_FILE = 'teduh.lock'
const TAKEOVER_FILE = 'teduh.lock.takeover'
const TAKEOVER_STALE_MS = 10_000

interface LockOwner {
  pid: number
  /** Kernel start time of the owner (Linux), so a reused pid is not taken for the owner. */
  start: string | null
  command: string
  since: string
}

export class DataDirLockedError extends Error {
  readonly code = 'TEDUH_DATA_DIR_LOCKED'
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `The data folder ${dataDir} is in use by another Teduh process (pid ${owner.pid}, "${owner.command}", since ${owner.since}). ` +
        'Only one process may open a PGlite data folder. Stop that process first (scripts such as npm run seed, npm run admin ' +
        'and npm run audit:verify need the server stopped), or set DATA_DIR to another folder. If no such process runs, ' +
        `delete ${path.join(dataDir, LOCK_FILE)}.`,
    )
  }
}

function processStart(pid: number): string | null {
  try {
    // Field 22 of /proc/<pid>/stat, counted after the command name (which may hold spaces).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null
  } catch {
    return null
  }
}

function isAlive(owner: LockOwner): boolean {
  try {
    process.kill(owner.pid, 0)
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false
  }
  const start = processStart(owner.pid)
  return !(owner.start && start && owner.start !== start)
}

function readOwner(file: string): LockOwner | null {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as LockOwner
    return Number.isInteger(owner.pid) ? owner : null
  } catch {
    return null
  }
}

function writeExclusive(file: string, content: string): boolean {
  let fd: number
  try {
    fd = openSync(file, 'wx', 0o600)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, content)
  } finally {
    closeSync(fd)
  }
  return true
}

/**
 * Takes the data folder for this process, or throws DataDirLockedError naming the live owner.
 * A lock left by a process that is gone (kill -9, a crash) is taken over. Returns the release
 * function; the lock is also released when the process exits.
 */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE)
  const me: LockOwner = { pid: process.pid, start: processStart(process.pid), command: process.argv.slice(1).map((a) => path.basename(a)).join(' '), since: new Date().toISOString() }
  const content = JSON.stringify(me)
  for (let attempt = 0; ; attempt++) {
    if (writeExclusive(file, content)) break
    const owner = readOwner(file)
    // The same process opening its folder twice is the same hazard as two processes.
    if (owner && isAlive(owner)) throw new DataDirLockedError(dataDir, owner)
    if (attempt > 5) throw new Error(`Could not take the lock ${file}`)
    // Stale (or half-written by a process that died writing it): replace it under a second,
    // exclusive file, so two processes that both saw it stale cannot both take it over.
    const guard = path.join(dataDir, TAKEOVER_FILE)
    if (existsSync(guard) && Date.now() - statSync(guard).mtimeMs > TAKEOVER_STALE_MS) rmSync(guard, { force: true })
    if (writeExclusive(guard, content)) {
      try {
        const again = readOwner(file)
        if (!again || !isAlive(again)) rmSync(file, { force: true })
      } finally {
        rmSync(guard, { force: true })
      }
    }
  }
  let released = false
  const release = () => {
    if (released) return
    released = true
    process.off('exit', release)
    // Only our own lock: never remove one a later owner wrote.
    if (readOwner(file)?.pid === process.pid) {
      try {
        unlinkSync(file)
      } catch {
        // already gone
      }
    }
  }
  process.on('exit', release)
  return release
}
