/**
 * Unsent posts kept in this browser (localStorage), per form and thread, for one account:
 * restored with a notice, dropped when the post is sent, after 7 days, and on logout (a shared
 * phone must not show the next person what the last one was writing).
 */
const PREFIX = 'teduh:draft:v1:'
const MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000

export interface StoredDraft {
  fields: Record<string, string>
  savedAt: number
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage
  } catch {
    // Storage can be disabled (private mode, policy): drafts are a comfort, never a requirement.
    return null
  }
}

export const draftStorageKey = (owner: string, form: string) => `${PREFIX}${owner}:${form}`

export function readDraft(key: string, now = Date.now()): StoredDraft | null {
  const store = storage()
  const raw = store?.getItem(key)
  if (!raw) return null
  try {
    const draft = JSON.parse(raw) as StoredDraft
    if (typeof draft.savedAt !== 'number' || now - draft.savedAt > MAX_AGE_MS || typeof draft.fields !== 'object') {
      store!.removeItem(key)
      return null
    }
    return draft
  } catch {
    store!.removeItem(key)
    return null
  }
}

export function saveDraft(key: string, fields: Record<string, string>) {
  const store = storage()
  if (!store) return
  if (Object.values(fields).every((v) => !v.trim())) return store.removeItem(key)
  try {
    store.setItem(key, JSON.stringify({ fields, savedAt: Date.now() } satisfies StoredDraft))
  } catch {
    // Full storage: the draft is not kept; the form itself still works.
  }
}

export function removeDraft(key: string) {
  storage()?.removeItem(key)
}

/** Every kept draft of every account on this browser (on logout). */
export function clearAllDrafts() {
  const store = storage()
  if (!store) return
  for (let i = store.length - 1; i >= 0; i--) {
    const key = store.key(i)
    if (key?.startsWith(PREFIX)) store.removeItem(key)
  }
}
