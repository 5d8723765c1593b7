/** Why a feed could not be read: the kinds a reader's "Try again" can or cannot heal. */
export type FeedErrorKind = 'network' | 'http' | 'parse' | 'format';

export interface FeedErrorOptions {
  readonly cause?: unknown;
  /** See FeedError.body. */
  readonly body?: string | null;
  /** See FeedError.retryAfterMs. */
  readonly retryAfterMs?: number | null;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  /**
   * The start of an http error's response body, or null when there is none to show (another
   * kind of error, or a body that could not be read): some APIs say in it which of several
   * failures behind one status this is, as WordPress does for its 400s.
   */
  readonly body: string | null;
  /** How long the server asked to wait before trying again (Retry-After), when it did. */
  readonly retryAfterMs: number | null;

  constructor(
    readonly kind: FeedErrorKind,
    readonly url: string,
    message: string,
    readonly status: number | null = null,
    options?: FeedErrorOptions,
  ) {
    // Error reads only `cause` from its options.
    super(message, options);
    this.body = options?.body ?? null;
    this.retryAfterMs = options?.retryAfterMs ?? null;
  }

  /** A dropped connection or a 5xx/429 may heal on its own; a broken document will not. */
  get transient(): boolean {
    if (this.kind === 'network') return true;
    return (
      this.kind === 'http' && this.status !== null && (this.status >= 500 || this.status === 429)
    );
  }
}

export function isFeedError(error: unknown): error is FeedError {
  return error instanceof FeedError;
}

/** The longest a server's Retry-After is waited for before trying again by ourselves. */
const MAX_RETRY_WAIT_MS = 60_000;

/**
 * How long to wait before the automatic retry after `failures` failures: exponential backoff
 * (0.5 s, 1 s, 2 s… up to 4 s) with "equal jitter" (a random half of it, so readers whose
 * requests failed together do not all come back at once), and never sooner than the server's
 * Retry-After (up to a minute).
 */
export function retryDelayMs(failures: number, error: unknown, random = Math.random): number {
  const backoff = Math.min(500 * 2 ** failures, 4000);
  const jittered = backoff / 2 + random() * (backoff / 2);
  const asked = isFeedError(error) ? (error.retryAfterMs ?? 0) : 0;
  return Math.min(Math.max(jittered, asked), MAX_RETRY_WAIT_MS);
}
