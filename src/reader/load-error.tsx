import { isFeedError } from '../content/feed-error';
import { useLabels } from '../shared/labels';

interface LoadErrorProps {
  readonly error: Error;
  readonly onRetry: () => void;
  /** The first load failed: there is nothing on screen yet. */
  readonly nothingShown: boolean;
}

/** A failed load: says what happened, keeps what is on screen, offers to try again. */
export function LoadError({ error, onRetry, nothingShown }: LoadErrorProps) {
  const labels = useLabels();
  const detail =
    isFeedError(error) && error.kind === 'network' ? labels.checkConnection : labels.serverFailed;
  return (
    <div className="ar-error">
      <p role="alert" className="ar-error__message">
        {nothingShown ? labels.loadFailed : labels.loadNextFailed}
        {detail}
      </p>
      <button type="button" className="ar-button" onClick={onRetry}>
        {labels.tryAgain}
      </button>
    </div>
  );
}
