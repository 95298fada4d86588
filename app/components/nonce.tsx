import { createContext, useContext } from 'react'

/** The CSP nonce of the current response, provided by entry.server for <Scripts>. */
export const NonceContext = createContext<string | undefined>(undefined)
export const useNonce = () => useContext(NonceContext)
