// Bounds on what one request may cost the server, from the environment (README: Reliability).
const int = (name, fallback) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

export const limits = {
  /** Largest request body read (forms are far smaller: a post is at most 20,000 characters). */
  maxBodyBytes: int('MAX_BODY_BYTES', 1024 * 1024),
  /** Time allowed for a body to arrive once its headers did. */
  bodyTimeoutMs: int('BODY_TIMEOUT_MS', 10_000),
  /** Time allowed for the request headers (Node's headersTimeout). */
  headersTimeoutMs: int('HEADERS_TIMEOUT_MS', 10_000),
  /** Time allowed for the whole request to arrive (Node's requestTimeout); never counts the response. */
  requestTimeoutMs: int('REQUEST_TIMEOUT_MS', 30_000),
  /** After SIGTERM: the listener closes once nothing is in flight and no connection came for this long. */
  shutdownDrainMs: int('SHUTDOWN_DRAIN_MS', 1_000),
  /** After SIGTERM: the whole shutdown gets this long before the remaining connections are cut. */
  shutdownGraceMs: int('SHUTDOWN_GRACE_MS', 10_000),
}
