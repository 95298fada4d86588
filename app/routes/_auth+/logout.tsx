import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { clearSessionCookie, deleteSession, readSessionToken, sessionIdFromToken } from '~/auth/session.server'
import { db } from '~/lib/db.server'
import { readMutationForm } from '~/lib/request.server'

export async function loader() {
  return redirect('/')
}

export async function action({ request }: ActionFunctionArgs) {
  await readMutationForm(request)
  const sessionId = sessionIdFromToken(readSessionToken(request))
  if (sessionId) await deleteSession(db(), sessionId)
  return redirect('/', { headers: { 'Set-Cookie': clearSessionCookie() } })
}
