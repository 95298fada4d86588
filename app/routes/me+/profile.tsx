import { getFormProps, getTextareaProps, useForm } from '@conform-to/react'
import { parseWithZod } from '@conform-to/zod'
import { data, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { AuthenticityTokenInput } from 'remix-utils/csrf/react'
import type { z } from 'zod'
import { allowOr404, requireActor } from '~/auth/guards.server'
import { FormErrors } from '~/components/forum/composer-parts'
import { PatternAvatarImage } from '~/components/forum/pattern-avatar'
import { FieldErrors } from '~/components/ui/field'
import { answerRefusal, formAction } from '~/lib/action.server'
import { db } from '~/lib/db.server'
import { redirectWithFlash } from '~/lib/flash.server'
import { forwardRetryAfter } from '~/lib/headers'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { findOwnProfile } from '~/models/profiles.server'
import { canEditProfile } from '~/policies'
import { BIO_MAX, INTERESTS_MAX, ProfileSchema } from '~/schemas/profile'
import { updateProfile } from '~/services/profile.server'

export const headers = forwardRetryAfter

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.title)

export async function loader({ request }: LoaderFunctionArgs) {
  const { actor } = await requireActor(request)
  allowOr404(canEditProfile(actor))
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const [profile, categories] = await Promise.all([findOwnProfile(db(), actor.id), listCategories(db(), locale)])
  allowOr404(!!profile)
  return {
    title: t('profileEdit.title'),
    pseudonym: profile.pseudonym,
    bio: profile.bio ?? '',
    interests: profile.interests.map(String),
    categories: categories.filter((c) => !c.staffOnly).map((c) => ({ id: c.id, name: c.name })),
  }
}

/** The member's own public profile: bio and areas of interest (no photo: a generated pattern). */
export const action = formAction(async ({ request, form }) => {
  const { actor } = await requireActor(request)
  allowOr404(canEditProfile(actor))
  const submission = parseWithZod(form, { schema: ProfileSchema })
  if (submission.status !== 'success') return data({ result: submission.reply() }, { status: 400 })
  const saved = await updateProfile(db(), actor, submission.value)
  if (!saved.ok) return answerRefusal(saved, { reply: submission.reply, base: {}, fields: { interestsUnknown: 'interests' } })
  return redirectWithFlash(`/u/${encodeURIComponent(actor.pseudonym)}`, 'profileEdit.saved')
})

export default function ProfileEditPage() {
  const { pseudonym, bio, interests, categories } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const { t } = useTranslation()
  const [form, fields] = useForm<z.input<typeof ProfileSchema>>({
    id: 'profile',
    lastResult: actionData?.result,
    defaultValue: { bio, interests },
    shouldValidate: 'onSubmit',
  })
  const initial = fields.interests.initialValue as string | string[] | undefined
  const chosen = new Set((Array.isArray(initial) ? initial : initial ? [initial] : []).map(String))
  // An unknown area (a forged value) is an error on one item; show it with the group.
  const interestErrors = [...new Set(Object.values(fields.interests.allErrors ?? {}).flat())]
  const { key: bioKey, ...bioProps } = getTextareaProps(fields.bio, { ariaDescribedBy: `${fields.bio.id}-help` })
  return (
    <section className="narrow-wide">
      <h1>{t('profileEdit.title')}</h1>
      <Form method="post" {...getFormProps(form)} className="stack">
        <AuthenticityTokenInput />
        <FormErrors errors={form.errors} />
        <div className="field">
          <label htmlFor={fields.bio.id}>{t('profileEdit.bio')}</label>
          <textarea key={bioKey} {...bioProps} rows={4} maxLength={BIO_MAX + 100} />
          <p id={`${fields.bio.id}-help`} className="field-help">
            {t('profileEdit.bioHelp', { max: BIO_MAX })}
          </p>
          <FieldErrors id={fields.bio.errorId} errors={fields.bio.errors} t={t} />
        </div>
        <fieldset className="consent" aria-describedby={`${fields.interests.id}-help${interestErrors.length ? ` ${fields.interests.errorId}` : ''}`}>
          <legend>{t('profileEdit.interests')}</legend>
          <p id={`${fields.interests.id}-help`} className="field-help">
            {t('profileEdit.interestsHelp', { max: INTERESTS_MAX })}
          </p>
          {categories.map((c) => (
            <div key={c.id} className="checkbox">
              <input type="checkbox" id={`interest-${c.id}`} name={fields.interests.name} value={c.id} defaultChecked={chosen.has(String(c.id))} />
              <label htmlFor={`interest-${c.id}`}>{c.name}</label>
            </div>
          ))}
          <FieldErrors id={fields.interests.errorId} errors={interestErrors.length ? interestErrors : undefined} t={t} />
        </fieldset>
        <div className="profile-avatar-note">
          <PatternAvatarImage pseudonym={pseudonym} size={48} />
          <p className="field-help">{t('profileEdit.avatarNote')}</p>
        </div>
        <div className="button-row">
          <button type="submit" className="button">
            {t('forum.save')}
          </button>
          <Link to={`/u/${encodeURIComponent(pseudonym)}`}>{t('profileEdit.viewProfile')}</Link>
        </div>
      </Form>
    </section>
  )
}
