import { Link, useFetcher } from '@remix-run/react'
import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

export interface SimilarItem {
  /** A knowledge-base entry (reviewed answer) or a solved thread. */
  kind: 'entry' | 'thread'
  id: string
  title: string
  solved: boolean
  expert: boolean
  replies: number
}

/**
 * Questions like the one being written, so a member finds an existing answer before asking
 * again. Without JavaScript the list comes with the preview step; with it, it follows the
 * title as it is typed (a short pause after the last key). Links open in a new tab so the
 * draft stays where it is.
 */
export function SimilarQuestions({ titleInputId, initial }: { titleInputId: string; initial: SimilarItem[] | null }) {
  const { t } = useTranslation()
  const fetcher = useFetcher<{ items: SimilarItem[] }>()
  const [typed, setTyped] = useState(false)
  const timer = useRef<ReturnType<typeof setTimeout>>()
  const { load } = fetcher
  useEffect(() => {
    const input = document.getElementById(titleInputId) as HTMLInputElement | null
    if (!input) return
    const onInput = () => {
      clearTimeout(timer.current)
      timer.current = setTimeout(() => {
        setTyped(true)
        if (input.value.trim().length >= 3) load(`/similar-questions?q=${encodeURIComponent(input.value)}`)
      }, 350)
    }
    input.addEventListener('input', onInput)
    return () => {
      input.removeEventListener('input', onInput)
      clearTimeout(timer.current)
    }
  }, [titleInputId, load])
  const items = typed ? (fetcher.data?.items ?? null) : initial
  if (!items || items.length === 0) return <div aria-live="polite" className="similar-questions-empty" />
  return (
    <aside className="similar-questions" aria-live="polite" aria-labelledby="similar-title">
      <h2 id="similar-title">{t('forum.similarTitle')}</h2>
      <p className="field-help">{t('forum.similarHelp')}</p>
      <ul>
        {items.map((item) => (
          <li key={`${item.kind}-${item.id}`}>
            <Link to={item.kind === 'entry' ? `/pustaka/${item.id}` : `/t/${item.id}`} target="_blank" rel="noopener">
              {item.title}
            </Link>{' '}
            {item.kind === 'entry' ? (
              <span className="badge badge-kb">{t('kb.badge')}</span>
            ) : (
              <>
                <span className="muted">{t('search.replies', { count: item.replies })}</span>
                {item.solved ? <span className="badge badge-solved">{t('forum.solved')}</span> : null}
                {item.expert ? <span className="badge badge-expert">{t('forum.expertAnswered')}</span> : null}
              </>
            )}
          </li>
        ))}
      </ul>
    </aside>
  )
}
