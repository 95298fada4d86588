import { useMatches, useRouteLoaderData } from '@remix-run/react'
import { useTranslation } from 'react-i18next'

/** Pages that show the quick exit say so in their route handle: `handle = { quickExit: true }`. */
export function useQuickExitWanted() {
  return useMatches().some((m) => (m.handle as { quickExit?: boolean } | undefined)?.quickExit)
}

/**
 * "Keluar cepat": leaves for a neutral site at once. With JavaScript the page is blanked and
 * replaced (location.replace), so Back does not return to it; without JavaScript it is a plain
 * link to the same site. No referrer goes with it.
 */
export function QuickExit() {
  const { t } = useTranslation()
  const root = useRouteLoaderData<{ quickExitUrl: string }>('root')
  const url = root?.quickExitUrl ?? 'https://www.bmkg.go.id/'
  return (
    <a
      href={url}
      className="quick-exit"
      rel="noreferrer noopener"
      referrerPolicy="no-referrer"
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return
        event.preventDefault()
        // Nothing of the page stays on screen while the other site loads.
        document.title = ''
        document.body.replaceChildren()
        window.location.replace(url)
      }}
    >
      <span aria-hidden="true">✕ </span>
      {t('quickExit.label')}
      <span className="visually-hidden">{` — ${t('quickExit.hint')}`}</span>
    </a>
  )
}
