import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { HelpContacts } from '~/components/support/help-contacts'
import { translateError } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { canViewAdminArea } from '~/policies'
import { crisisHelpTexts, saveCrisisHelpTexts } from '~/services/settings.server'
import { formAction, valueOr404 } from '~/lib/action.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

const SettingsSchema = z.object({
  crisisHelpId: z.string().trim().max(2000, 'errors.textTooLong'),
  crisisHelpEn: z.string().trim().max(2000, 'errors.textTooLong'),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewAdminArea(actor))
  const t = await i18nServer.getFixedT(request)
  return { pageTitle: t('settings.title'), texts: await crisisHelpTexts(db()) }
}

/** Instance settings: the crisis help text in both languages (empty = the shipped default). */
export const action = formAction(async ({ request, form: formData }) => {
  const { actor } = await requireActor(request)
  allowOr404(canViewAdminArea(actor))
  const parsed = SettingsSchema.safeParse({ crisisHelpId: formData.get('crisisHelpId') ?? '', crisisHelpEn: formData.get('crisisHelpEn') ?? '' })
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message ?? 'errors.required' }, { status: 400 })
  valueOr404(await saveCrisisHelpTexts(db(), actor, { id: parsed.data.crisisHelpId, en: parsed.data.crisisHelpEn }))
  return redirectWithFlash('/admin/settings', 'settings.saved')
})

export default function SettingsPage() {
  const { texts } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  return (
    <section className="narrow-wide">
      <h1>{t('settings.title')}</h1>
      <p>
        <Link to="/admin/announcements">{t('announcements.adminTitle')}</Link>
      </p>
      <Form method="post" className="stack">
        <AuthenticityTokenInput />
        {actionData?.error ? (
          <p className="form-error" role="alert">
            {translateError(actionData.error, t)}
          </p>
        ) : null}
        <HelpContacts text={t('settings.crisisHelpIntro')} />
        <div className="field">
          <label htmlFor="crisis-id">{t('settings.crisisHelpId')}</label>
          <textarea id="crisis-id" name="crisisHelpId" rows={4} defaultValue={texts.id} placeholder={t('support.helpDefault', { lng: 'id' })} />
        </div>
        <div className="field">
          <label htmlFor="crisis-en">{t('settings.crisisHelpEn')}</label>
          <textarea id="crisis-en" name="crisisHelpEn" rows={4} defaultValue={texts.en} placeholder={t('support.helpDefault', { lng: 'en' })} />
        </div>
        <button type="submit" className="button">
          {t('forum.save')}
        </button>
      </Form>
    </section>
  )
}
