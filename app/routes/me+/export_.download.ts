import type { LoaderFunctionArgs } from '@remix-run/node'
import { requireActor } from '~/auth/guards.server'
import { valueOr404 } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { logger } from '~/lib/logger.server'
import { exportMyData } from '~/services/data-rights/export.server'

/**
 * The export file, for the link /me/export hands out after the password: bound to the account
 * and its session, valid two minutes. Anyone else, or a stale link, gets 404.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const { actor, sessionId } = await requireActor(request)
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const file = valueOr404(await exportMyData(db(), { actor, sessionId, token }))
  logger.info({ userId: actor.id, bytes: file.json.length }, 'data export downloaded')
  return new Response(file.json, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
