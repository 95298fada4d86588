import { redirect } from '@remix-run/node'
import { safeRedirectPath } from '~/auth/guards.server'
import { isLanguage } from '~/lib/i18n'
import { languageCookie } from '~/lib/i18next.server'
import { formAction } from '~/lib/action.server'

export async function loader() {
  return redirect('/')
}

/** The language switch: remembers the choice in a cookie and returns to the page. */
export const action = formAction(async ({ form: formData }) => {
  const lng = formData.get('lng')
  const to = safeRedirectPath(formData.get('redirectTo'))
  if (!isLanguage(lng)) return redirect(to)
  return redirect(to, { headers: { 'Set-Cookie': await languageCookie.serialize(lng) } })
})
