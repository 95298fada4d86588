import { useRevalidator } from '@remix-run/react'
import { useEffect } from 'react'
import { useEventSource } from 'remix-utils/sse/react'

/**
 * Reloads the page's loader data whenever `url`'s stream sends `event`. The stream carries
 * only "something changed"; what the reader may see always comes through the loaders.
 * Returns the last event's data (null until one arrives).
 */
export function useLiveReload(url: string, event: string): string | null {
  const pulse = useEventSource(url, { event })
  // Sent after the server's listener came back from an outage: events may have been missed.
  const resync = useEventSource(url, { event: 'resync' })
  const { revalidate } = useRevalidator()
  useEffect(() => {
    if (pulse) revalidate()
  }, [pulse, revalidate])
  useEffect(() => {
    if (resync) revalidate()
  }, [resync, revalidate])
  return pulse
}
