import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import { allowOr404, idParamOr404, notFound, requireActor } from '~/auth/guards.server'
import { translateError } from '~/components/ui/field'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { formAction } from '~/lib/action.server'
import { findPost, postAccessOf } from '~/models/posts.server'
import { canFlagPost, type Actor } from '~/policies'
import { FlagSchema } from '~/schemas/moderation'
import { FLAG_REASONS, flagPost } from '~/services/moderation/flags.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

async function flaggablePost(actor: Actor, postId: string | undefined) {
  const post = await findPost(db(), idParamOr404(postId))
  allowOr404(!!post)
  const access = postAccessOf(post)
  allowOr404(canFlagPost(actor, access.post, access.thread))
  return post
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  const post = await flaggablePost(actor, params.postId)
  const t = await i18nServer.getFixedT(request)
  return { pageTitle: t('moderation.flagTitle'), post: { id: post.id, threadId: post.thread_id, title: post.title }, reasons: FLAG_REASONS }
}

export const action = formAction(async ({ request, params, form }) => {
  const { actor } = await requireActor(request)
  const postId = idParamOr404(params.postId)
  const parsed = FlagSchema.safeParse({ reason: form.get('reason') ?? undefined, detail: form.get('detail') || undefined })
  const values = { reason: String(form.get('reason') ?? ''), detail: String(form.get('detail') ?? '') }
  if (!parsed.success) {
    const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]))
    return data({ errors, values, limited: null }, { status: 400 })
  }
  const flagged = await flagPost(db(), { actor, postId, reason: parsed.data.reason, detail: parsed.data.detail ?? null })
  if (!flagged.ok) {
    if (flagged.kind === 'rateLimited') return data({ errors: {}, values, limited: flagged.message ?? null }, { status: 429, headers: { 'Retry-After': String(flagged.retryAfterSeconds) } })
    notFound()
  }
  const { threadId, duplicate } = flagged.value
  return redirectWithFlash(`/t/${threadId}#p${postId}`, duplicate ? 'moderation.alreadyFlagged' : 'moderation.flagged')
})

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
          {translateError(actionData.limited, t)}
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


