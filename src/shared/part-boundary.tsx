import { Component, type ErrorInfo, type ReactNode } from 'react';
import { logError } from './log';

interface PartBoundaryProps {
  /** What the part is, for the console: "the article “…”", "Most popular". */
  readonly part: string;
  /** Shown in the part's place once it has failed; nothing when absent. */
  readonly fallback?: ReactNode;
  /** Told once the failure is committed (the fallback is on screen). */
  readonly onFailure?: () => void;
  readonly children: ReactNode;
}

/**
 * A part that fails to render or to load its code (an article, a widget, the carousel) costs
 * that part, never the reader: React unmounts everything up to the nearest boundary, so each
 * part has its own.
 */
export class PartBoundary extends Component<PartBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    logError(`${this.props.part} could not be shown; the rest of the reader goes on.`, error, {
      componentStack: info.componentStack,
    });
    this.props.onFailure?.();
  }

  override render(): ReactNode {
    return this.state.failed ? (this.props.fallback ?? null) : this.props.children;
  }
}
