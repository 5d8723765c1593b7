/** Why a feed could not be read: the kinds a reader's "Try again" can or cannot heal. */
export type FeedErrorKind = 'network' | 'http' | 'parse' | 'format';

export interface FeedErrorOptions {
  readonly cause?: unknown;
  /** See FeedError.body. */
  readonly body?: string | null;
}

export class FeedError extends Error {
  override readonly name = 'FeedError';
  /**
   * The start of an http error's response body, or null when there is none to show (another
   * kind of error, or a body that could not be read): some APIs say in it which of several
   * failures behind one status this is, as WordPress does for its 400s.
   */
  readonly body: string | null;

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
