/** Why a feed could not be read: the kinds a reader's "Try again" can or cannot heal. */
export type FeedErrorKind = 'network' | 'http' | 'parse' | 'format';

export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly kind: FeedErrorKind,
    readonly url: string,
    message: string,
    readonly status: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
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
