import { redirect } from '@remix-run/node'
import { clearSessionCookie, readSessionToken } from '~/auth/session.server'
import { formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { logOut } from '~/services/accounts.server'

export async function loader() {
  return redirect('/')
}

export const action = formAction(async ({ request }) => {
  await logOut(db(), readSessionToken(request))
  return redirect('/', { headers: { 'Set-Cookie': clearSessionCookie() } })
})
