import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { parseWithZod } from '@conform-to/zod'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { z } from 'zod'
import { allowOr404, notFound, requireActor } from '~/auth/guards.server'
import { HelpContacts } from '~/components/support/help-contacts'
import { translateError } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { canEditVerificationSettings, canViewAdminArea } from '~/policies'
import { VerificationSettingsSchema } from '~/schemas/verification'
import { saveVerificationSettings, verificationSettings } from '~/services/employee-verification.server'
import { crisisHelpTexts, saveCrisisHelpTexts } from '~/services/settings.server'
import { getKbReviewMonths } from '~/models/kb.server'
import { KbSettingsSchema } from '~/schemas/kb'
import { saveKbReviewMonths } from '~/services/kb/entries.server'
import { formAction, valueOr404 } from '~/lib/action.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

const SettingsSchema = z.object({
  crisisHelpId: z.string().trim().max(2000, 'errors.textTooLong'),
  crisisHelpEn: z.string().trim().max(2000, 'errors.textTooLong'),
})

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canViewAdminArea(actor))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const [texts, verification, categories, flags, kbReviewMonths] = await Promise.all([
    crisisHelpTexts(db()),
    verificationSettings(db()),
    listCategories(db(), locale),
    // Read fresh: the category list is cached per process, this flag is not.
    db().selectFrom('categories').select(['id', 'verified_only']).execute(),
    getKbReviewMonths(db()),
  ])
  const verifiedOnly = new Set(flags.filter((c) => c.verified_only).map((c) => c.id))
  return {
    pageTitle: t('settings.title'),
    texts,
    verification: { domains: verification.rulesText, validMonths: verification.validMonths },
    categories: categories.map((c) => ({ id: c.id, name: c.name, verifiedOnly: verifiedOnly.has(c.id) })),
    kbReviewMonths,
  }
}

type VerificationErrors = { domains?: string; validMonths?: string; form?: string }

/** Instance settings: the crisis help text in both languages (empty = the shipped default), and employee verification. */
export const action = formAction(async ({ request, form: formData }) => {
  const { actor } = await requireActor(request)
  allowOr404(canViewAdminArea(actor))
  if (formData.get('intent') === 'verification') {
    allowOr404(canEditVerificationSettings(actor))
    const submission = parseWithZod(formData, { schema: VerificationSettingsSchema })
    if (submission.status !== 'success') {
      const errors = submission.error ?? {}
      return data({ error: null, verificationErrors: { domains: errors.domains?.[0], validMonths: errors.validMonths?.[0], form: errors['']?.[0] } as VerificationErrors, kept: Object.fromEntries(formData) as Record<string, string> }, { status: 400 })
    }
    const saved = await saveVerificationSettings(db(), actor, { rulesText: submission.value.domains, validMonths: submission.value.validMonths, verifiedOnlyCategoryIds: submission.value.verifiedOnly })
    if (!saved.ok) {
      if (saved.kind === 'notFound') notFound()
      return data({ error: null, verificationErrors: { domains: saved.message } as VerificationErrors, kept: Object.fromEntries(formData) as Record<string, string> }, { status: 400 })
    }
    return redirectWithFlash('/admin/settings', 'settings.saved')
  }
  if (formData.get('intent') === 'kb') {
    // How long a knowledge-base entry stays current before it is due for review.
    const kb = KbSettingsSchema.safeParse({ reviewMonths: formData.get('reviewMonths') ?? '' })
    if (!kb.success) return data({ error: null, kbError: kb.error.issues[0]?.message ?? 'errors.required', kbValue: String(formData.get('reviewMonths') ?? '') }, { status: 400 })
    valueOr404(await saveKbReviewMonths(db(), actor, kb.data.reviewMonths))
    return redirectWithFlash('/admin/settings', 'settings.saved')
  }
  const parsed = SettingsSchema.safeParse({ crisisHelpId: formData.get('crisisHelpId') ?? '', crisisHelpEn: formData.get('crisisHelpEn') ?? '' })
  if (!parsed.success) return data({ error: parsed.error.issues[0]?.message ?? 'errors.required', verificationErrors: null, kept: null }, { status: 400 })
  valueOr404(await saveCrisisHelpTexts(db(), actor, { id: parsed.data.crisisHelpId, en: parsed.data.crisisHelpEn }))
  return redirectWithFlash('/admin/settings', 'settings.saved')
})

export default function SettingsPage() {
  const { texts, verification, categories, kbReviewMonths } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const vErrors = actionData && 'verificationErrors' in actionData ? actionData.verificationErrors : null
  const kept = actionData && 'kept' in actionData ? actionData.kept : null
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

      <h2 id="verification-settings">{t('verify.settingsHeading')}</h2>
      <Form method="post" className="stack" aria-labelledby="verification-settings">
        <AuthenticityTokenInput />
        <input type="hidden" name="intent" value="verification" />
        {vErrors?.form ? (
          <p className="form-error" role="alert">
            {translateError(vErrors.form, t)}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="verify-domains">{t('verify.settingsDomains')}</label>
          <textarea
            id="verify-domains"
            name="domains"
            rows={5}
            defaultValue={kept?.domains ?? verification.domains}
            aria-invalid={vErrors?.domains ? true : undefined}
            aria-describedby={`verify-domains-help${vErrors?.domains ? ' verify-domains-error' : ''}`}
          />
          <p id="verify-domains-help" className="field-help">
            {t('verify.settingsDomainsHelp')}
          </p>
          {vErrors?.domains ? (
            <ul id="verify-domains-error" className="field-errors">
              <li>{translateError(vErrors.domains, t)}</li>
            </ul>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="verify-months">{t('verify.settingsMonths')}</label>
          <input
            id="verify-months"
            name="validMonths"
            type="number"
            min={1}
            max={60}
            defaultValue={kept?.validMonths ?? verification.validMonths}
            aria-invalid={vErrors?.validMonths ? true : undefined}
            aria-describedby={`verify-months-help${vErrors?.validMonths ? ' verify-months-error' : ''}`}
          />
          <p id="verify-months-help" className="field-help">
            {t('verify.settingsMonthsHelp')}
          </p>
          {vErrors?.validMonths ? (
            <ul id="verify-months-error" className="field-errors">
              <li>{translateError(vErrors.validMonths, t)}</li>
            </ul>
          ) : null}
        </div>
        <fieldset className="consent" aria-describedby="verify-categories-help">
          <legend>{t('verify.settingsCategories')}</legend>
          <p id="verify-categories-help" className="field-help">
            {t('verify.settingsCategoriesHelp')}
          </p>
          {categories.map((c) => (
            <div key={c.id} className="checkbox">
              <input type="checkbox" id={`verified-only-${c.id}`} name="verifiedOnly" value={c.id} defaultChecked={c.verifiedOnly} />
              <label htmlFor={`verified-only-${c.id}`}>{c.name}</label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="button">
          {t('verify.settingsSave')}
        </button>
      </Form>

      <h2>{t('kb.settingsHeading')}</h2>
      <Form method="post" className="stack">
        <AuthenticityTokenInput />
        <input type="hidden" name="intent" value="kb" />
        <div className="field">
          <label htmlFor="kb-months">{t('kb.settingsMonths')}</label>
          <input
            id="kb-months"
            name="reviewMonths"
            type="number"
            min={1}
            max={60}
            required
            defaultValue={actionData && 'kbValue' in actionData ? actionData.kbValue : kbReviewMonths}
            aria-invalid={actionData && 'kbError' in actionData ? true : undefined}
            aria-describedby={actionData && 'kbError' in actionData ? 'kb-months-help kb-months-error' : 'kb-months-help'}
          />
          <p id="kb-months-help" className="field-help">
            {t('kb.settingsMonthsHelp')}
          </p>
          {actionData && 'kbError' in actionData && actionData.kbError ? (
            <ul id="kb-months-error" className="field-errors">
              <li>{translateError(actionData.kbError, t)}</li>
            </ul>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('forum.save')}
        </button>
      </Form>
    </section>
  )
}
