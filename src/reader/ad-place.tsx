import type { ReactNode } from 'react';
import { AFTER_KEY_ATTRIBUTE, type MeasureRef } from './use-sleep-heights';

interface AdPlaceProps {
  /** The key of the article the slot follows. */
  readonly after: string;
  readonly measure: MeasureRef;
  readonly children: ReactNode;
}

/**
 * Where an ad slot sits between two articles, measured so that the slot can sleep with its
 * article: the reader then leaves it out and the sleeping article's margin keeps its place.
 * Its own formatting context, so the slot's margins are inside what is measured.
 */
export function AdPlace({ after, measure, children }: AdPlaceProps) {
  return (
    <div ref={measure} className="ar-ad-place" {...{ [AFTER_KEY_ATTRIBUTE]: after }}>
      {children}
    </div>
  );
}
