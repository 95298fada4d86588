import { redirect, type ActionFunctionArgs } from '@remix-run/node'
import { safeRedirectPath } from '~/auth/guards.server'
import { isLanguage } from '~/lib/i18n'
import { languageCookie } from '~/lib/i18next.server'
import { readMutationForm } from '~/lib/request.server'

export async function loader() {
  return redirect('/')
}

/** The language switch: remembers the choice in a cookie and returns to the page. */
export async function action({ request }: ActionFunctionArgs) {
  const formData = await readMutationForm(request)
  const lng = formData.get('lng')
  const to = safeRedirectPath(formData.get('redirectTo'))
  if (!isLanguage(lng)) return redirect(to)
  return redirect(to, { headers: { 'Set-Cookie': await languageCookie.serialize(lng) } })
}
