import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { FieldErrors } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDate } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { listPendingApplications, listVerifications } from '~/models/experts.server'
import { canReviewExperts } from '~/policies'
import { ApproveSchema, RejectSchema, RevokeSchema } from '~/schemas/experts'
import { approveApplication, rejectApplication, renewVerification, revokeVerification, VERIFICATION_DAYS } from '~/services/experts.server'
import { formAction, valueOr404 } from '~/lib/action.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canReviewExperts(actor))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const categories = (await listCategories(db(), locale)).filter((c) => !c.staffOnly)
  const names = new Map(categories.map((c) => [c.id, c.name]))
  const [pending, verifications] = await Promise.all([listPendingApplications(db()), listVerifications(db())])
  const now = new Date()
  return {
    pageTitle: t('experts.reviewTitle'),
    locale,
    categories: categories.map((c) => ({ id: c.id, name: c.name })),
    defaultExpiry: new Date(now.getTime() + VERIFICATION_DAYS * 86_400_000).toISOString().slice(0, 10),
    pending: pending.map((a) => ({
      id: a.id,
      pseudonym: a.pseudonym,
      reputation: a.reputation,
      areas: a.areas,
      areaNames: a.areas.map((id) => names.get(id) ?? '').filter(Boolean),
      organisation: a.organisation,
      position: a.position,
      evidence: a.evidence,
      createdAt: a.created_at.toISOString(),
    })),
    verifications: verifications.map((v) => ({
      userId: v.user_id,
      pseudonym: v.pseudonym,
      badge: v.badge_text,
      areas: v.areas.map((id) => names.get(id) ?? '').filter(Boolean),
      expiresAt: v.expires_at.toISOString(),
      lapsed: v.expires_at <= now,
      revokedReason: v.revoked_at ? (v.revoke_reason ?? '') : null,
    })),
  }
}

export const action = formAction(async ({ request, form: formData }) => {
  const { actor } = await requireActor(request)
  allowOr404(canReviewExperts(actor))
  const intent = formData.get('intent')
  if (intent === 'approve') {
    const submission = parseWithZod(formData, { schema: ApproveSchema })
    if (submission.status !== 'success') return data({ target: String(formData.get('applicationId')), errors: submission.reply().error ?? {} }, { status: 400 })
    valueOr404(await approveApplication(db(), actor, submission.value))
    return redirectWithFlash('/admin/experts', 'experts.approved')
  }
  if (intent === 'reject') {
    const submission = parseWithZod(formData, { schema: RejectSchema })
    if (submission.status !== 'success') return data({ target: String(formData.get('applicationId')), errors: submission.reply().error ?? {} }, { status: 400 })
    valueOr404(await rejectApplication(db(), actor, submission.value))
    return redirectWithFlash('/admin/experts', 'experts.rejected')
  }
  if (intent === 'revoke') {
    const submission = parseWithZod(formData, { schema: RevokeSchema })
    if (submission.status !== 'success') return data({ target: String(formData.get('userId')), errors: submission.reply().error ?? {} }, { status: 400 })
    valueOr404(await revokeVerification(db(), actor, submission.value))
    return redirectWithFlash('/admin/experts', 'experts.revoked')
  }
  if (intent === 'renew') {
    valueOr404(await renewVerification(db(), actor, String(formData.get('userId') ?? '')))
    return redirectWithFlash('/admin/experts', 'experts.renewed')
  }
  allowOr404(false)
})

export default function ExpertReviewPage() {
  const { pending, verifications, categories, defaultExpiry, locale } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const errorsFor = (target: string, field: string) => (actionData && actionData.target === target ? (actionData.errors[field] ?? undefined) : undefined)
  return (
    <section>
      <h1>{t('experts.reviewTitle')}</h1>
      <h2>{t('experts.queue')}</h2>
      {pending.length === 0 ? <p>{t('experts.queueEmpty')}</p> : null}
      {pending.map((a) => (
        <article key={a.id} className="post" aria-labelledby={`app-${a.id}`}>
          <h3 id={`app-${a.id}`}>
            {`${a.pseudonym} · ${t('forum.reputation', { count: a.reputation })} · ${formatDate(a.createdAt, locale)}`}
          </h3>
          <dl className="details">
            <dt>{t('experts.areas')}</dt>
            <dd>{a.areaNames.join(', ')}</dd>
            <dt>{t('experts.organisation')}</dt>
            <dd>{a.organisation}</dd>
            <dt>{t('experts.position')}</dt>
            <dd>{a.position}</dd>
            <dt>{t('experts.evidence')}</dt>
            <dd className="revision">{a.evidence}</dd>
          </dl>
          <Form method="post" className="stack">
            <AuthenticityTokenInput />
            <input type="hidden" name="intent" value="approve" />
            <input type="hidden" name="applicationId" value={a.id} />
            <div className="field">
              <label htmlFor={`badge-${a.id}`}>{t('experts.badgeText')}</label>
              <input id={`badge-${a.id}`} name="badgeText" defaultValue={`${a.position} — terverifikasi`} aria-describedby={`badge-${a.id}-help`} />
              <p id={`badge-${a.id}-help`} className="field-help">
                {t('experts.badgeTextHelp')}
              </p>
              <FieldErrors id={`badge-${a.id}-error`} errors={errorsFor(a.id, 'badgeText')} t={t} />
            </div>
            <fieldset className="consent">
              <legend>{t('experts.areas')}</legend>
              {categories.map((c) => (
                <div key={c.id} className="checkbox">
                  <input type="checkbox" id={`approve-${a.id}-${c.id}`} name="areas" value={c.id} defaultChecked={a.areas.includes(c.id)} />
                  <label htmlFor={`approve-${a.id}-${c.id}`}>{c.name}</label>
                </div>
              ))}
              <FieldErrors id={`areas-${a.id}-error`} errors={errorsFor(a.id, 'areas')} t={t} />
            </fieldset>
            <div className="field">
              <label htmlFor={`expires-${a.id}`}>{t('experts.expiresAt')}</label>
              <input id={`expires-${a.id}`} type="date" name="expiresAt" defaultValue={defaultExpiry} />
            </div>
            <button type="submit" className="button">
              {t('experts.approve')}
            </button>
          </Form>
          <Form method="post" className="stack reject-form">
            <AuthenticityTokenInput />
            <input type="hidden" name="intent" value="reject" />
            <input type="hidden" name="applicationId" value={a.id} />
            <div className="field">
              <label htmlFor={`reason-${a.id}`}>{t('experts.reason')}</label>
              <input id={`reason-${a.id}`} name="reason" />
              <FieldErrors id={`reason-${a.id}-error`} errors={errorsFor(a.id, 'reason')} t={t} />
            </div>
            <button type="submit" className="button button-secondary">
              {t('experts.reject')}
            </button>
          </Form>
        </article>
      ))}
      <h2>{t('experts.active')}</h2>
      {verifications.length === 0 ? <p>{t('experts.activeEmpty')}</p> : null}
      <ul className="notification-list">
        {verifications.map((v) => (
          <li key={v.userId} className="notification">
            <p>
              <strong>{v.pseudonym}</strong>
              {` · ${v.badge} · ${v.areas.join(', ')} · `}
              {v.revokedReason !== null
                ? t('experts.revokedLabel', { reason: v.revokedReason })
                : v.lapsed
                  ? t('experts.lapsedLabel')
                  : t('experts.expires', { date: formatDate(v.expiresAt, locale) })}
            </p>
            {v.revokedReason === null ? (
              <div className="button-row">
                <Form method="post" className="inline-form">
                  <AuthenticityTokenInput />
                  <input type="hidden" name="intent" value="renew" />
                  <input type="hidden" name="userId" value={v.userId} />
                  <button type="submit" className="button button-secondary button-small">
                    {t('experts.renew')}
                  </button>
                </Form>
                <Form method="post" className="inline-form revoke-form">
                  <AuthenticityTokenInput />
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="userId" value={v.userId} />
                  <label htmlFor={`revoke-${v.userId}`}>{t('experts.reason')}</label>{' '}
                  <input id={`revoke-${v.userId}`} name="reason" />
                  <FieldErrors id={`revoke-${v.userId}-error`} errors={errorsFor(v.userId, 'reason')} t={t} />{' '}
                  <button type="submit" className="button button-secondary button-small">
                    {t('experts.revoke')}
                  </button>
                </Form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
