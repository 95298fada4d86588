import { createHmac } from 'node:crypto'
import { env } from './env.server'

export interface IceServer {
  urls: string[]
  username?: string
  credential?: string
}

/**
 * Short-lived TURN credentials by the TURN REST API convention that coturn implements with
 * `use-auth-secret`: username = "<expiry unix seconds>:<user>", credential =
 * base64(HMAC-SHA1(secret, username)). The TURN server checks both without calling us; the
 * credential stops working at the expiry. `user` is an opaque account id, never a name or email.
 */
export function turnCredentials(secret: string, user: string, ttlSeconds: number, now = Date.now()) {
  const username = `${Math.floor(now / 1000) + ttlSeconds}:${user}`
  const credential = createHmac('sha1', secret).update(username).digest('base64')
  return { username, credential }
}

/** The ICE servers one participant's browser uses for one call (none configured: direct only). */
export function iceServersFor(userId: string, now = Date.now()): IceServer[] {
  const { stunUrls, turnUrls, turnSecret, turnTtlSeconds } = env.iceConfig
  const servers: IceServer[] = []
  if (stunUrls.length) servers.push({ urls: stunUrls })
  if (turnUrls.length && turnSecret) servers.push({ urls: turnUrls, ...turnCredentials(turnSecret, userId, turnTtlSeconds, now) })
  return servers
}
