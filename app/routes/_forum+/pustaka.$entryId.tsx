import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'
import type { KbRegulation } from '#db/schema'
import { allowOr404, getActor, idParamOr404 } from '~/auth/guards.server'
import { SanitizedHtml } from '~/components/forum/post-body'
import { OutdatedNotice, RegulationList, ReviewedBy, TagLinks } from '~/components/kb/entry-parts'
import { db } from '~/lib/db.server'
import { formatDate } from '~/lib/format'
import { i18nServer } from '~/lib/i18next.server'
import { pageTitle } from '~/lib/meta'
import { findActiveExpertise, findEntry } from '~/models/kb.server'
import { canCurateKbEntry, isKbEntryDue } from '~/policies'

export const meta: MetaFunction<typeof loader> = ({ data }) => [...pageTitle(data?.entry.title, data?.pageTitle), { name: 'description', content: data?.entry.title ?? '' }]

/** A knowledge-base entry: public like the forum; the asker of the source question never appears. */
export async function loader({ request, params }: LoaderFunctionArgs) {
  const entryId = idParamOr404(params.entryId)
  const [actor, locale, t] = await Promise.all([getActor(request), i18nServer.getLocale(request), i18nServer.getFixedT(request)])
  const entry = await findEntry(db(), entryId)
  allowOr404(!!entry)
  const expertise = await findActiveExpertise(db(), actor?.id)
  return {
    pageTitle: t('kb.title'),
    locale,
    entry: {
      id: entry.id,
      title: entry.title,
      questionHtml: entry.question_html,
      answerHtml: entry.answer_html,
      tags: entry.tags,
      regulations: entry.regulations as KbRegulation[],
      category: { slug: entry.category_slug, name: locale === 'en' ? entry.category_name_en : entry.category_name_id },
      reviewedBadge: entry.reviewed_badge,
      reviewedAt: entry.reviewed_at.toISOString(),
      reviewDueAt: entry.review_due_at.toISOString(),
      due: isKbEntryDue({ reviewDueAt: entry.review_due_at }),
      demo: entry.is_demo,
      version: entry.version,
      // The source thread is linked only while the public can read it.
      sourceThreadId: entry.source_visible ? entry.source_thread_id : null,
    },
    canReview: canCurateKbEntry(actor, { categoryId: entry.category_id }, expertise),
  }
}

export default function EntryPage() {
  const { entry, locale, canReview } = useLoaderData<typeof loader>()
  const { t } = useTranslation()
  return (
    <article className="kb-entry narrow-wide">
      <nav aria-label={t('forum.breadcrumb')} className="breadcrumb">
        <Link to="/pustaka">{t('kb.title')}</Link> › <Link to={`/c/${entry.category.slug}`}>{entry.category.name}</Link>
      </nav>
      <h1>{entry.title}</h1>
      {entry.due ? <OutdatedNotice dueAt={entry.reviewDueAt} locale={locale} /> : null}
      {entry.demo ? <p className="notice">{t('kb.demoNotice')}</p> : null}
      <p className="kb-review-line muted">
        <ReviewedBy badge={entry.reviewedBadge} at={entry.reviewedAt} locale={locale} />
        {' · '}
        {t('kb.reviewDue', { date: formatDate(entry.reviewDueAt, locale) })}
      </p>
      <p>
        <TagLinks tags={entry.tags} />
      </p>
      <section aria-labelledby="kb-question">
        <h2 id="kb-question">{t('kb.question')}</h2>
        <SanitizedHtml html={entry.questionHtml} />
      </section>
      <section aria-labelledby="kb-answer">
        <h2 id="kb-answer">{t('kb.answer')}</h2>
        <SanitizedHtml html={entry.answerHtml} />
      </section>
      <section aria-labelledby="kb-regs">
        <h2 id="kb-regs">{t('kb.regulations')}</h2>
        <RegulationList regulations={entry.regulations} />
      </section>
      <p className="kb-entry-links">
        {entry.sourceThreadId ? <Link to={`/t/${entry.sourceThreadId}`}>{t('kb.sourceThread')}</Link> : null}
        <Link to={`/pustaka/${entry.id}/history`}>{t('kb.history', { count: entry.version })}</Link>
        {canReview ? (
          <Link to={`/pustaka/${entry.id}/review`} className="button button-secondary button-small">
            {t('kb.review')}
          </Link>
        ) : null}
      </p>
      <p className="muted">{t('kb.disclaimer')}</p>
    </article>
  )
}
