import { getFormProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { FormErrors } from '~/components/forum/composer-parts'
import { MarkdownEditor } from '~/components/forum/markdown-editor'
import { SanitizedHtml } from '~/components/forum/post-body'
import { answerRefusal, formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listAnnouncementsForAdmin } from '~/models/profiles.server'
import { canManageAnnouncements } from '~/policies'
import { AnnouncementSchema } from '~/schemas/profile'
import { createAnnouncement, endAnnouncement } from '~/services/announcements.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canManageAnnouncements(actor))
  const [t, locale, rows] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request), listAnnouncementsForAdmin(db())])
  return {
    title: t('announcements.adminTitle'),
    locale,
    idempotencyKey: crypto.randomUUID(),
    announcements: rows.map((a) => ({ id: a.id, html: a.body_html, createdAt: a.created_at.toISOString(), endedAt: a.ended_at?.toISOString() ?? null, createdBy: a.created_by, endedBy: a.ended_by })),
  }
}

/** Admins put announcements on the home page and end them; both are audited. */
export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canManageAnnouncements(actor))
  const submission = parseWithZod(form, { schema: AnnouncementSchema })
  if (submission.status !== 'success') return data({ result: submission.reply(), stateError: null }, { status: 400 })
  const view = { reply: submission.reply, base: {}, conflictInForm: true }
  if (submission.value.intent === 'create') {
    const created = await createAnnouncement(db(), actor, { body: submission.value.body, idempotencyKey: submission.value.idempotencyKey })
    if (!created.ok) return answerRefusal(created, view)
    return redirectWithFlash('/admin/announcements', 'announcements.created')
  }
  const ended = await endAnnouncement(db(), actor, submission.value.announcementId)
  if (!ended.ok) return answerRefusal(ended, view)
  return redirectWithFlash('/admin/announcements', 'announcements.ended')
})

export default function AnnouncementsPage() {
  const { announcements, locale, idempotencyKey } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<{ body: string; idempotencyKey: string }>({ id: 'announcement', lastResult: actionData?.result, shouldValidate: 'onSubmit', defaultValue: { idempotencyKey } })
  return (
    <section className="narrow-wide">
      <p>
        <Link to="/admin/settings">{t('settings.title')}</Link>
      </p>
      <h1>{t('announcements.adminTitle')}</h1>
      <p className="muted">{t('announcements.adminIntro')}</p>
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <input type="hidden" name="intent" value="create" />
        <input type="hidden" name="idempotencyKey" value={(fields.idempotencyKey.value as string | undefined) ?? idempotencyKey} />
        <FormErrors errors={form.errors} />
        <MarkdownEditor meta={fields.body} label={t('announcements.body')} rows={4} previewKind="announcement" />
        <button type="submit" className="button">
          {t('announcements.publish')}
        </button>
      </Form>
      <h2>{t('announcements.list')}</h2>
      {announcements.length === 0 ? <p>{t('announcements.none')}</p> : null}
      <ul className="plain announcement-admin-list">
        {announcements.map((a) => (
          <li key={a.id} className="announcement-admin">
            <SanitizedHtml html={a.html} />
            <p className="muted">
              {t('announcements.createdBy', { by: a.createdBy ?? t('moderation.system'), date: formatDateTime(a.createdAt, locale) })}
              {a.endedAt ? ` · ${t('announcements.endedBy', { by: a.endedBy ?? t('moderation.system'), date: formatDateTime(a.endedAt, locale) })}` : ''}
            </p>
            {a.endedAt ? null : (
              <Form method="post" className="inline-form">
                <AuthenticityTokenInput />
                <input type="hidden" name="intent" value="end" />
                <input type="hidden" name="announcementId" value={a.id} />
                <button type="submit" className="button button-secondary button-small">
                  {t('announcements.end')}
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
