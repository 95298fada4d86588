import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import { allowOr404 } from '~/auth/guards.server'
import { BadgeChip, EmployeeChip } from '~/components/forum/author-label'
import { db } from '~/lib/db.server'
import { formatDate } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { listCategories } from '~/models/categories.server'
import { publicEmployeeBadge } from '~/models/employee-verification.server'
import { findPublicProfile } from '~/models/experts.server'

export const meta: MetaFunction<typeof loader> = ({ data }) => pageTitle(data?.pageTitle)

/** A pseudonym's public record: never its anonymous posts, never its email or id. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const profile = await findPublicProfile(db(), params.pseudonym ?? '')
  allowOr404(!!profile)
  const [t, locale] = await Promise.all([i18nServer.getFixedT(request), i18nServer.getLocale(request)])
  const names = new Map((await listCategories(db(), locale)).map((c) => [c.id, c.name]))
  const { user, recent } = profile
  const employee = await publicEmployeeBadge(db(), user.id)
  return {
    pageTitle: t('profile.title', { pseudonym: user.pseudonym }),
    locale,
    profile: {
      pseudonym: user.pseudonym,
      reputation: user.reputation,
      memberSince: user.created_at.toISOString(),
      answers: Number(user.answers),
      accepted: Number(user.accepted),
      badge: user.badge_text
        ? { text: user.badge_text, areas: (user.areas ?? []).map((id) => names.get(id) ?? '').filter(Boolean), since: user.verified_at!.toISOString(), inCategory: false }
        : null,
      employee: employee ? { institution: employee.institution } : null,
    },
    recent: recent.map((p) => ({ id: p.id, threadId: p.thread_id, title: p.title, createdAt: p.created_at.toISOString(), helpful: p.helpful_count, accepted: p.accepted })),
  }
}

export default function ProfilePage() {
  const { profile, recent, locale } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <section className="narrow-wide">
      <h1>{profile.pseudonym}</h1>
      {profile.badge || profile.employee ? (
        <p>
          {profile.employee ? <EmployeeChip badge={profile.employee} /> : null}
          {profile.badge ? <BadgeChip badge={profile.badge} /> : null}
        </p>
      ) : null}
      <dl className="stats">
        <div>
          <dt>{t('profile.reputation')}</dt>
          <dd>{profile.reputation}</dd>
        </div>
        <div>
          <dt>{t('profile.answers')}</dt>
          <dd>{profile.answers}</dd>
        </div>
        <div>
          <dt>{t('profile.accepted')}</dt>
          <dd>{profile.accepted}</dd>
        </div>
        <div>
          <dt>{t('profile.memberSince')}</dt>
          <dd>{formatDate(profile.memberSince, locale)}</dd>
        </div>
      </dl>
      <h2>{t('profile.recent')}</h2>
      {recent.length === 0 ? <p>{t('profile.none')}</p> : null}
      <ul className="link-list">
        {recent.map((p) => (
          <li key={p.id}>
            <Link to={`/t/${p.threadId}#p${p.id}`}>{p.title}</Link>{' '}
            <span className="muted">
              {`· ${formatDate(p.createdAt, locale)} · ${t('ratings.helpfulCount', { count: p.helpful })}`}
              {p.accepted ? ` · ${t('ratings.accepted')}` : ''}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('profile.anonymousNote')}</p>
    </section>
  )
}
