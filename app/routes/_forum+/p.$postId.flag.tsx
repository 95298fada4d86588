import { data, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { z } from 'zod'
import type { FlagReason } from '#db/schema'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { translateError } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { hitRateLimit, RATE_RULES, tooManyRequests } from '~/lib/rate-limit.server'
import { readMutationForm } from '~/lib/request.server'
import { findPost } from '~/models/posts.server'
import { canFlagPost, type Actor } from '~/policies'
import { FLAG_REASONS, flagPost } from '~/services/moderation.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

const FlagSchema = z
  .object({ reason: z.enum(FLAG_REASONS as [FlagReason, ...FlagReason[]], { errorMap: () => ({ message: 'errors.required' }) }), detail: z.string().trim().max(1000, 'errors.textTooLong').optional() })
  .refine((v) => v.reason !== 'other' || !!v.detail, { path: ['detail'], message: 'errors.required' })

async function flaggablePost(actor: Actor, postId: string | undefined) {
  allowOr404(!!postId && /^\d{1,18}$/.test(postId))
  const post = await findPost(db(), postId)
  allowOr404(!!post && !post.thread_deleted_at && !post.thread_hidden_at && !post.hidden_at && canFlagPost(actor, { authorId: post.author_id, deletedAt: post.deleted_at }))
  return post
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const post = await flaggablePost(actor, params.postId)
  const t = await i18nServer.getFixedT(request)
  return { pageTitle: t('moderation.flagTitle'), post: { id: post.id, threadId: post.thread_id, title: post.title }, reasons: FLAG_REASONS }
}

export async function action({ request, params }: ActionFunctionArgs) {
  const { actor } = await requireActor(request)
  const formData = await readMutationForm(request)
  const post = await flaggablePost(actor, params.postId)
  const parsed = FlagSchema.safeParse({ reason: formData.get('reason') ?? undefined, detail: formData.get('detail') || undefined })
  const values = { reason: String(formData.get('reason') ?? ''), detail: String(formData.get('detail') ?? '') }
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
    return data({ errors, values, limited: false }, { status: 400 })
  }
  const limit = await hitRateLimit(db(), RATE_RULES.flagsPerMember, actor.id)
  if (!limit.allowed) return data({ errors: {}, values, limited: true }, tooManyRequests(limit))
  const outcome = await flagPost(db(), { actor, postId: post.id, reason: parsed.data.reason, detail: parsed.data.detail ?? null })
  allowOr404(outcome !== 'refused')
  if (outcome === 'duplicate') return redirectWithFlash(`/t/${post.thread_id}#p${post.id}`, 'moderation.alreadyFlagged')
  return redirectWithFlash(`/t/${post.thread_id}#p${post.id}`, 'moderation.flagged')
}

export default function FlagPage() {
  const { post, reasons } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const errors = (actionData?.errors ?? {}) as Record<string, string>
  return (
    <section className="narrow">
      <h1>{t('moderation.flagTitle')}</h1>
      <p>
        <Link to={`/t/${post.threadId}#p${post.id}`}>{post.title}</Link>
      </p>
      <p className="muted">{t('moderation.flagIntro')}</p>
      {actionData?.limited ? (
        <p className="form-error" role="alert">
          {t('errors.rateLimited', { minutes: 60 })}
        </p>
      ) : null}
      <Form method="post" className="stack">
        <AuthenticityTokenInput />
        <fieldset className="consent" aria-describedby={errors.reason ? 'reason-error' : undefined}>
          <legend>{t('moderation.reason')}</legend>
          {reasons.map((reason) => (
            <div key={reason} className="checkbox">
              <input type="radio" id={`reason-${reason}`} name="reason" value={reason} defaultChecked={actionData?.values.reason === reason} />
              <label htmlFor={`reason-${reason}`}>{t(`moderation.reason_${reason}`)}</label>
            </div>
          ))}
          {errors.reason ? (
            <p id="reason-error" className="field-errors">
              {translateError(errors.reason, t)}
            </p>
          ) : null}
        </fieldset>
        <div className="field">
          <label htmlFor="detail">{t('moderation.otherDetail')}</label>
          <textarea id="detail" name="detail" rows={3} defaultValue={actionData?.values.detail ?? ''} aria-invalid={errors.detail ? true : undefined} aria-describedby={errors.detail ? 'detail-error' : undefined} />
          {errors.detail ? (
            <p id="detail-error" className="field-errors">
              {translateError(errors.detail, t)}
            </p>
          ) : null}
        </div>
        <button type="submit" className="button">
          {t('moderation.submitFlag')}
        </button>
      </Form>
    </section>
  )
}


