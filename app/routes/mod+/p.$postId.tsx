import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, idParamOr404, notFound, requireActor } from '~/auth/guards.server'
import { SanitizedHtml } from '~/components/forum/post-body'
import { translateError } from '~/components/ui/field'
import { anonHandle } from '~/lib/anon.server'
import { db } from '~/lib/db.server'
import { describeFlagDetail } from '~/lib/flag-detail'
import { redirectWithFlash } from '~/lib/flash.server'
import { formatDateTime } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { answerRefusal, formAction } from '~/lib/action.server'
import { listCategories } from '~/models/categories.server'
import { findModerationItem, listActionsOnAuthor, listAudit, listPostFlags } from '~/models/moderation.server'
import { canEscalateToCase, canModerate, type Actor } from '~/policies'
import { ModerationActionSchema, type ModerationActionInput } from '~/schemas/moderation'
import {
  deletePostAsModerator,
  dismissFlags,
  editPostAsModerator,
  hidePost,
  moveThread,
  redactPost,
  setThreadLocked,
  suspendAuthor,
  unhidePost,
  unsuspendAuthor,
  warnAuthor,
  type ModerationAction,
} from '~/services/moderation/actions.server'
import { parseWithZod } from '@conform-to/zod'
import { CASE_TYPES, CASE_URGENCIES } from '#db/schema'
import { IntentForm, useIntentForm } from '~/components/cases/intent-form'
import { SelectField, TextAreaField } from '~/components/ui/field'
import { listEscalationsOfPost } from '~/models/cases.server'
import { EscalateSchema } from '~/schemas/cases'
import { escalatePost } from '~/services/cases/open.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canModerate(actor))
  const item = await findModerationItem(db(), idParamOr404(params.postId))
  allowOr404(!!item)
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const [flags, history, categories, postHistory, escalations] = await Promise.all([
    listPostFlags(db(), item.id),
    // Through this post's channel only: an anonymous post's history never meets the named posts' (issue 19).
    listActionsOnAuthor(db(), { authorId: item.author_id, anonymousThreadId: item.is_anonymous ? item.thread_id : null }),
    listCategories(db(), locale),
    listAudit(db(), { postId: item.id, action: 'moderation.' }),
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
      suspended: !!item.suspended_until,
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
    // A crisis item is escalated as a crisis unless the moderator chooses otherwise.
    crisisOpen: flags.some((f) => f.reason === 'crisis' && f.status === 'open'),
  }
}

/** Each action is its own service; the route only reads the form and maps the outcome. */
function runModeration(actor: Actor, postId: string, input: ModerationActionInput) {
  const base = { actor, postId, reason: input.reason }
  switch (input.action) {
    case 'dismiss':
      return dismissFlags(db(), base)
    case 'hide':
      return hidePost(db(), base)
    case 'unhide':
      return unhidePost(db(), base)
    case 'delete':
      return deletePostAsModerator(db(), base)
    case 'lock':
    case 'unlock':
      return setThreadLocked(db(), { ...base, locked: input.action === 'lock' })
    case 'warn':
      return warnAuthor(db(), base)
    case 'suspend':
      return suspendAuthor(db(), { ...base, days: input.days })
    case 'unsuspend':
      return unsuspendAuthor(db(), base)
    case 'move':
      return moveThread(db(), { ...base, categoryId: input.category })
    case 'redact':
      return redactPost(db(), { ...base, text: input.text })
    case 'edit':
      return editPostAsModerator(db(), { ...base, text: input.text })
  }
}

export const action = formAction(async ({ request, params, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canModerate(actor))
  const postId = idParamOr404(params.postId)
  if (form.get('intent') === 'escalate') return escalate(actor, postId, form)
  const kind = String(form.get('action') ?? '')
  const parsed = ModerationActionSchema.safeParse(Object.fromEntries([...form].filter(([, v]) => v !== '')))
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'reason'), i.message]))
    return data({ action: kind, errors }, { status: 400 })
  }
  const done = await runModeration(actor, postId, parsed.data)
  if (!done.ok) {
    if (done.kind === 'notFound') notFound()
    const field = done.code === 'redactNotFound' ? 'text' : done.code === 'categoryInvalid' ? 'category' : 'reason'
    return data({ action: kind, errors: { [field]: done.message ?? 'errors.required' } }, { status: done.kind === 'conflict' ? 409 : 400 })
  }
  return redirectWithFlash(`/mod/p/${postId}`, 'moderation.done')
})

/** Escalation into a private counseling case for the post's writer; the moderator then sees only the case's status. */
async function escalate(actor: Actor, postId: string, formData: FormData) {
  const submission = parseWithZod(formData, { schema: EscalateSchema })
  if (submission.status !== 'success') return data({ intent: 'escalate', result: submission.reply() }, { status: 400 })
  const escalated = await escalatePost(db(), { actor, postId, ...submission.value })
  // An open case for this post already exists: said above the form (409).
  if (!escalated.ok) return answerRefusal(escalated, { reply: submission.reply, base: { intent: 'escalate' }, conflictInForm: true })
  return redirectWithFlash(`/cases/${escalated.value.caseId}/status`, 'cases.escalated')
}

function EscalateForm({ crisis }: { crisis: boolean }) {
  const { t } = useTranslation()
  const [form, fields] = useIntentForm('escalate', EscalateSchema, { defaultValue: { urgency: crisis ? 'crisis' : 'high' } })
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
  const errors = actionData && 'action' in actionData && actionData.action === kind ? (actionData.errors as Record<string, string>) : {}
  const error = errors.reason ?? null
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
      {Object.entries(errors)
        .filter(([field]) => field !== 'reason')
        .map(([field, message]) => (
          <p key={field} id={`${field}-${kind}-error`} className="field-errors" role="alert">
            {translateError(message, t)}
          </p>
        ))}
      <button type="submit" className="button button-secondary button-small">
        {t(`moderation.action_${kind}`)}
      </button>
    </Form>
  )
}

export default function ModerationItemPage() {
  const { item, flags, history, postHistory, categories, locale, escalations, canEscalate, crisisOpen } = useLoaderData<typeof loader>()
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
            {f.detail ? ` · ${describeFlagDetail(f.reason, f.detail, f.source).map((part) => t(part.key, part.values)).join('; ')}` : ''}
            {f.status === 'resolved' ? ` · ✓ ${t(`moderation.action_${f.resolution ?? 'dismiss'}`)}` : ''}
          </li>
        ))}
      </ul>
      <h2>{t('moderation.authorHistory')}</h2>
      {item.anonymous ? <p className="muted">{t('moderation.authorHistoryAnonymous', { handle: item.author })}</p> : null}
      {history.length === 0 ? <p>{t('moderation.noHistory')}</p> : null}
      <ul className="plain">
        {history.map((h) => (
          <li key={h.id}>{`${formatDateTime(h.createdAt, locale)} · ${t(`moderation.action_${h.action.replace('moderation.', '')}`)} · ${h.reason ?? ''}`}</li>
        ))}
      </ul>
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
      {canEscalate ? <EscalateForm crisis={crisisOpen} /> : null}
    </section>
  )
}
