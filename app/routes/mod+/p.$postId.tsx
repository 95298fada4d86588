import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { SanitizedHtml } from '~/components/forum/post-body'
import { translateError } from '~/components/ui/field'
import { anonHandle } from '~/lib/anon.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { readMutationForm } from '~/lib/request.server'
import { listCategories } from '~/models/categories.server'
import { findModerationItem, listActionsOnAuthor, listAudit, listPostFlags } from '~/models/moderation.server'
import { canEscalateToCase, canModerate, type Actor } from '~/policies'
import { moderate, type ModerationAction } from '~/services/moderation.server'
import { parseWithZod } from '@conform-to/zod'
import { CASE_TYPES, CASE_URGENCIES } from '#db/schema'
import { IntentForm, useIntentForm } from '~/components/cases/intent-form'
import { SelectField, TextAreaField } from '~/components/ui/field'
import { runCaseChange } from '~/lib/case-route.server'
import { listEscalationsOfPost } from '~/models/cases.server'
import { EscalateSchema } from '~/schemas/cases'
import { escalatePost } from '~/services/cases.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

const ACTIONS: ModerationAction[] = ['dismiss', 'hide', 'unhide', 'delete', 'lock', 'unlock', 'warn', 'suspend', 'unsuspend', 'move', 'redact', 'edit']
const ActionSchema = z.object({
  action: z.enum(ACTIONS as [ModerationAction, ...ModerationAction[]]),
  reason: z.string().trim().min(1, 'errors.required').max(1000, 'errors.textTooLong'),
  days: z.coerce.number().int().min(1).max(365).optional(),
  category: z.coerce.number().int().positive().optional(),
  text: z.string().max(20_000, 'errors.textTooLong').optional(),
})

function postIdParam(value: string | undefined) {
  allowOr404(!!value && /^\d{1,18}$/.test(value))
  return value
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canModerate(actor))
  const item = await findModerationItem(db(), postIdParam(params.postId))
  allowOr404(!!item)
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const [flags, history, categories, postHistory, escalations] = await Promise.all([
    listPostFlags(db(), item.id),
    // An anonymous post's account history would link the post to the account: not shown.
    item.is_anonymous ? Promise.resolve([]) : listActionsOnAuthor(db(), item.author_id),
    listCategories(db(), locale),
    listAudit(db(), { targetId: item.id, action: 'moderation.' }),
    listEscalationsOfPost(db(), item.id, actor.id),
  ])
  return {
    pageTitle: t('moderation.reviewTitle'),
    locale,
    item: {
      id: item.id,
      threadId: item.thread_id,
      title: item.title,
      bodyHtml: item.body_html,
      bodyMd: item.body_md,
      author: item.is_anonymous ? anonHandle(item.thread_id, item.author_id) : (item.author_pseudonym ?? ''),
      anonymous: item.is_anonymous,
      hidden: !!item.hidden_at,
      deleted: !!item.deleted_at,
      locked: !!item.locked_at,
      suspended: !!item.suspended_until && item.suspended_until > new Date(),
      categoryId: item.category_id,
      createdAt: item.created_at.toISOString(),
    },
    // Counts and reasons only: who flagged is never shown (above all for crisis flags).
    flags: flags.map((f) => ({ id: f.id, reason: f.reason, detail: f.source === 'auto' ? f.detail : f.reason === 'other' ? f.detail : null, source: f.source, indirect: f.indirect, status: f.status, resolution: f.resolution, createdAt: f.created_at.toISOString() })),
    history: history.map((h) => ({ id: h.id, action: h.action, reason: h.reason, createdAt: h.created_at.toISOString() })),
    postHistory: postHistory.map((h) => ({ id: h.id, action: h.action, reason: h.reason, actor: h.actor, createdAt: h.created_at.toISOString() })),
    categories: categories.map((c) => ({ id: c.id, name: c.name })),
    escalations: escalations.map((e) => ({ id: e.id, status: e.status })),
    canEscalate: canEscalateToCase(actor, { authorId: item.author_id }),
  }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireActor(request)
  const formData = await readMutationForm(request)
  allowOr404(canModerate(actor))
  const postId = postIdParam(params.postId)
  if (formData.get('intent') === 'escalate') return escalate(actor, postId, formData)
  const parsed = ActionSchema.safeParse({
    action: formData.get('action'),
    reason: formData.get('reason') ?? '',
    days: formData.get('days') || undefined,
    category: formData.get('category') || undefined,
    text: formData.get('text') || undefined,
  })
  if (!parsed.success) {
    return data({ action: String(formData.get('action') ?? ''), error: parsed.error.issues[0]?.message ?? 'errors.required' }, { status: 400 })
  }
  if ((parsed.data.action === 'redact' || parsed.data.action === 'edit') && !parsed.data.text) {
    return data({ action: parsed.data.action, error: 'errors.required' }, { status: 400 })
  }
  const done = await moderate(db(), { actor, postId, action: parsed.data.action, reason: parsed.data.reason, days: parsed.data.days, categoryId: parsed.data.category, text: parsed.data.text })
  if (!done && parsed.data.action === 'redact') return data({ action: 'redact', error: 'errors.redactNotFound' }, { status: 400 })
  allowOr404(done)
  return redirectWithFlash(`/mod/p/${postId}`, 'moderation.done')
}

/** Escalation into a private counseling case for the post's writer; the moderator then sees only the case's status. */
async function escalate(actor: Actor, postId: string, formData: FormData) {
  const submission = parseWithZod(formData, { schema: EscalateSchema })
  if (submission.status !== 'success') return data({ intent: 'escalate', result: submission.reply() }, { status: 400 })
  const outcome = await runCaseChange('escalate', submission.reply, () => escalatePost(db(), { actor, postId, ...submission.value }))
  if (!outcome.ok) return outcome.response
  if ('existing' in outcome.value) return data({ intent: 'escalate', result: submission.reply({ formErrors: ['errors.case_exists'] }) }, { status: 409 })
  return redirectWithFlash(`/cases/${outcome.value.caseId}/status`, 'cases.escalated')
}

function EscalateForm() {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('escalate', EscalateSchema, { defaultValue: { urgency: 'high' } })
  return (
    <IntentForm intent="escalate" form={form}>
      <p className="muted">{t('cases.escalateHelp')}</p>
      <SelectField meta={fields.type} label={t('cases.typeLabel')} placeholder={t('cases.choose')} options={CASE_TYPES.map((v) => ({ value: v, label: t(`cases.type_${v}`) }))} />
      <SelectField meta={fields.urgency} label={t('cases.urgencyLabel')} options={CASE_URGENCIES.map((v) => ({ value: v, label: t(`cases.urgency_${v}`) }))} />
      <TextAreaField meta={fields.reason} label={t('cases.escalateReason')} rows={3} />
      <button type="submit" className="button">
        {t('cases.escalate')}
      </button>
    </IntentForm>
  )
}

function ActionForm({ kind, children }: { kind: ModerationAction; children?: ReactNode }) {
  const { t } = useTranslation()
  const actionData = useActionData<typeof action>()
  const error = actionData && 'action' in actionData && actionData.action === kind ? actionData.error : null
  return (
    <Form method="post" className="mod-action">
      <AuthenticityTokenInput />
      <input type="hidden" name="action" value={kind} />
      <div className="field">
        <label htmlFor={`reason-${kind}`}>{`${t(`moderation.action_${kind}`)}: ${t('moderation.actionReason')}`}</label>
        <input id={`reason-${kind}`} name="reason" aria-invalid={error ? true : undefined} aria-describedby={error ? `reason-${kind}-error` : undefined} />
        {error ? (
          <p id={`reason-${kind}-error`} className="field-errors">
            {translateError(error, t)}
          </p>
        ) : null}
      </div>
      {children}
      <button type="submit" className="button button-secondary button-small">
        {t(`moderation.action_${kind}`)}
      </button>
    </Form>
  )
}

export default function ModerationItemPage() {
  const { item, flags, history, postHistory, categories, locale, escalations, canEscalate } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section>
      <p>
        <Link to="/mod">{t('moderation.queueTitle')}</Link>
      </p>
      <h1>{t('moderation.reviewTitle')}</h1>
      <p>
        {t('moderation.inThread')}: <Link to={`/t/${item.threadId}#p${item.id}`}>{item.title}</Link>
      </p>
      <article className="post">
        <header className="post-meta">
          <span className="author-name">{item.author}</span>
          <span>{` · ${formatDateTime(item.createdAt, locale)}`}</span>
          {item.hidden ? <span className="badge">{t('forum.hidden')}</span> : null}
          {item.deleted ? <span className="badge">{t('forum.deleted')}</span> : null}
        </header>
        <SanitizedHtml html={item.bodyHtml} />
      </article>
      <h2>{t('moderation.reasons')}</h2>
      <ul className="plain">
        {flags.map((f) => (
          <li key={f.id}>
            {`${t(`moderation.reason_${f.reason}`)}${f.indirect ? ` (${t('moderation.crisisIndirect')})` : ''} · ${f.source === 'auto' ? t('moderation.system') : t('moderation.flag')} · ${formatDateTime(f.createdAt, locale)}`}
            {f.detail ? ` · ${f.detail}` : ''}
            {f.status === 'resolved' ? ` · ✓ ${t(`moderation.action_${f.resolution ?? 'dismiss'}`)}` : ''}
          </li>
        ))}
      </ul>
      {!item.anonymous ? (
        <>
          <h2>{t('moderation.authorHistory')}</h2>
          {history.length === 0 ? <p>{t('moderation.noHistory')}</p> : null}
          <ul className="plain">
            {history.map((h) => (
              <li key={h.id}>{`${formatDateTime(h.createdAt, locale)} · ${t(`moderation.action_${h.action.replace('moderation.', '')}`)} · ${h.reason ?? ''}`}</li>
            ))}
          </ul>
        </>
      ) : null}
      {postHistory.length > 0 ? (
        <>
          <h2>{t('forum.history')}</h2>
          <ul className="plain">
            {postHistory.map((h) => (
              <li key={h.id}>{`${formatDateTime(h.createdAt, locale)} · ${h.actor ?? t('moderation.system')} · ${t(`moderation.action_${h.action.replace('moderation.', '')}`)} · ${h.reason ?? ''}`}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h2>{t('moderation.actions')}</h2>
      <div className="mod-actions">
        <ActionForm kind="dismiss" />
        <ActionForm kind={item.hidden ? 'unhide' : 'hide'} />
        <ActionForm kind={item.locked ? 'unlock' : 'lock'} />
        <ActionForm kind="warn" />
        {item.suspended ? (
          <ActionForm kind="unsuspend" />
        ) : (
          <ActionForm kind="suspend">
            <div className="field">
              <label htmlFor="days">{t('moderation.suspendDays')}</label>
              <input id="days" name="days" type="number" min={1} max={365} defaultValue={7} />
            </div>
          </ActionForm>
        )}
        <ActionForm kind="move">
          <div className="field">
            <label htmlFor="category">{t('moderation.moveTo')}</label>
            <select id="category" name="category" defaultValue={item.categoryId}>
              {categories.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </ActionForm>
        <ActionForm kind="redact">
          <div className="field">
            <label htmlFor="redact-text">{t('moderation.redactText')}</label>
            <input id="redact-text" name="text" />
          </div>
        </ActionForm>
        <ActionForm kind="edit">
          <div className="field">
            <label htmlFor="edit-text">{t('moderation.editText')}</label>
            <textarea id="edit-text" name="text" rows={5} defaultValue={item.bodyMd} />
          </div>
        </ActionForm>
        {!item.deleted ? <ActionForm kind="delete" /> : null}
      </div>
      <h2 id="escalate-case">{t('cases.escalateTitle')}</h2>
      {escalations.length ? (
        <ul className="plain">
          {escalations.map((e) => (
            <li key={e.id}>
              <Link to={`/cases/${e.id}/status`}>{`${t('cases.caseTitle', { id: e.id })} · ${t(`cases.status_${e.status}`)}`}</Link>
            </li>
          ))}
        </ul>
      ) : null}
      {canEscalate ? <EscalateForm /> : null}
    </section>
  )
}
