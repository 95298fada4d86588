import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { BadgeChip } from '~/components/forum/author-label'
import { Field, FieldErrors } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDate } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { findVerification, latestApplication } from '~/models/experts.server'
import { canApplyAsExpert, canManageOwnAccount } from '~/policies'
import { ExpertApplicationSchema } from '~/schemas/experts'
import { applyAsExpert } from '~/services/experts.server'
import { answerRefusal, formAction } from '~/lib/action.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canManageOwnAccount(actor, actor.id))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const categories = (await listCategories(db(), locale)).filter((c) => !c.staffOnly)
  const names = new Map(categories.map((c) => [c.id, c.name]))
  const [application, verification] = await Promise.all([latestApplication(db(), actor.id), findVerification(db(), actor.id)])
  const active = verification && !verification.revoked_at && verification.expires_at > new Date()
  return {
    pageTitle: t('experts.applyTitle'),
    locale,
    categories: categories.map((c) => ({ id: c.id, name: c.name })),
    application: application
      ? { status: application.status, createdAt: application.created_at.toISOString(), decidedAt: application.decided_at?.toISOString() ?? null, reason: application.decision_reason }
      : null,
    verification: verification
      ? {
          active: !!active,
          badge: { text: verification.badge_text, areas: verification.areas.map((id) => names.get(id) ?? '').filter(Boolean), since: verification.verified_at.toISOString(), inCategory: false },
          expiresAt: verification.expires_at.toISOString(),
          revokedReason: verification.revoked_at ? verification.revoke_reason : null,
        }
      : null,
    canApply: canApplyAsExpert(actor) && application?.status !== 'pending',
  }
}

export const action = formAction(async ({ request, form: formData }) => {
  const { actor } = await requireActor(request)
  allowOr404(canApplyAsExpert(actor))
  const submission = parseWithZod(formData, { schema: ExpertApplicationSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const applied = await applyAsExpert(db(), actor, submission.value)
  if (!applied.ok) return answerRefusal(applied, { reply: submission.reply, base: {}, fields: { areasRequired: 'areas' }, conflictInForm: true })
  return redirectWithFlash('/me/expert', 'experts.submitted')
})

export default function ExpertApplicationPage() {
  const { categories, application, verification, canApply, locale } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<z.input<typeof ExpertApplicationSchema>>({ id: 'expert-apply', lastResult: actionData?.result, shouldValidate: 'onSubmit' })
  const initialAreas = fields.areas.initialValue as string | string[] | undefined
  const chosen = new Set((Array.isArray(initialAreas) ? initialAreas : initialAreas ? [initialAreas] : []).map(String))
  return (
    <section className="narrow-wide">
      <h1>{t('experts.applyTitle')}</h1>
      {verification?.active ? (
        <p>
          {t('experts.current', { badge: verification.badge.text, date: formatDate(verification.expiresAt, locale) })} <BadgeChip badge={verification.badge} />
        </p>
      ) : verification && !verification.revokedReason ? (
        <p className="notice">{t('experts.lapsed', { date: formatDate(verification.expiresAt, locale) })}</p>
      ) : null}
      {form.errors?.length ? (
        <p className="form-error" role="alert">
          {form.errors.map((e) => t(e)).join(' ')}
        </p>
      ) : null}
      {application ? (
        <section aria-labelledby="status-heading">
          <h2 id="status-heading">{t('experts.status')}</h2>
          <p role="status">
            {application.status === 'pending'
              ? t('experts.statusPending', { date: formatDate(application.createdAt, locale) })
              : application.status === 'approved'
                ? t('experts.statusApproved', { date: formatDate(application.decidedAt ?? application.createdAt, locale) })
                : t('experts.statusRejected', { date: formatDate(application.decidedAt ?? application.createdAt, locale), reason: application.reason ?? '' })}
          </p>
        </section>
      ) : null}
      {canApply ? (
        <>
          <p>{t('experts.applyIntro')}</p>
          <Form method="post" {...getFormProps(form)} className="stack">
            <AuthenticityTokenInput />
            <fieldset className="consent" aria-describedby={`${fields.areas.id}-help`}>
              <legend>{t('experts.areas')}</legend>
              <p id={`${fields.areas.id}-help`} className="field-help">
                {t('experts.areasHelp')}
              </p>
              {categories.map((c) => (
                <div key={c.id} className="checkbox">
                  <input type="checkbox" id={`area-${c.id}`} name={fields.areas.name} value={c.id} defaultChecked={chosen.has(String(c.id))} />
                  <label htmlFor={`area-${c.id}`}>{c.name}</label>
                </div>
              ))}
              <FieldErrors id={fields.areas.errorId} errors={fields.areas.errors} t={t} />
            </fieldset>
            <Field meta={fields.organisation} label={t('experts.organisation')} required />
            <Field meta={fields.position} label={t('experts.position')} required />
            <div className="field">
              <label htmlFor={fields.evidence.id}>{t('experts.evidence')}</label>
              <textarea
                id={fields.evidence.id}
                name={fields.evidence.name}
                defaultValue={(fields.evidence.initialValue as string | undefined) ?? ''}
                rows={6}
                aria-invalid={fields.evidence.errors ? true : undefined}
                aria-describedby={`${fields.evidence.id}-help${fields.evidence.errors ? ` ${fields.evidence.errorId}` : ''}`}
              />
              <p id={`${fields.evidence.id}-help`} className="field-help">
                {t('experts.evidenceHelp')}
              </p>
              <FieldErrors id={fields.evidence.errorId} errors={fields.evidence.errors} t={t} />
            </div>
            <button type="submit" className="button">
              {t('experts.submit')}
            </button>
          </Form>
        </>
      ) : null}
    </section>
  )
}
