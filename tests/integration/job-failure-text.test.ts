import { afterAll, beforeAll, expect, test } from 'vitest'
import { enqueueJob, runDueJobs } from '~/lib/job-queue.server'
import type { DbHandle } from '#db/client.server'
import { createTestDatabase } from '../fixtures/db'

// A mail server quotes the recipient when it refuses ("550 <name@…> unknown"): that text must
// not become a stored or logged trace of a member's address.
let t: DbHandle
beforeAll(async () => {
  t = await createTestDatabase()
})
afterAll(() => t.close())

test('a failing job keeps its error without the address or number it quoted', async () => {
  await enqueueJob(t.db, { kind: 'test.fails', payload: {}, runAt: new Date(Date.now() - 1000) })
  const handlers = {
    'test.fails': async () => {
      throw new Error('550 5.1.1 <budi.santoso@bkn.go.id>: Recipient address rejected; call 0812-3456-7890')
    },
  }
  expect(await runDueJobs(t.db, handlers)).toBe(1)
  const job = await t.db.selectFrom('jobs').select('last_error').where('kind', '=', 'test.fails').executeTakeFirstOrThrow()
  expect(job.last_error).toContain('550 5.1.1')
  expect(job.last_error).toContain('Recipient address rejected')
  expect(job.last_error).not.toContain('budi.santoso')
  expect(job.last_error).not.toContain('3456')
})
