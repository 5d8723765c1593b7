import { useEffect, useEffectEvent, useRef } from 'react';

interface SentinelProps {
  /** Called when the sentinel comes within `ahead` of the viewport's bottom edge. */
  readonly onReach: () => void;
  /** How far below the viewport to start, as a CSS margin ("250%" ≈ two and a half screens). */
  readonly ahead: string;
}

/**
 * An invisible line after the last article. The parent gives it a new key whenever the
 * sequence grows, so a fresh observer reports again even if the line is still in range
 * (an observer only reports changes).
 */
export function Sentinel({ onReach, ahead }: SentinelProps) {
  const ref = useRef<HTMLDivElement>(null);
  const reach = useEffectEvent(onReach);

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) reach();
      },
      { rootMargin: `0px 0px ${ahead} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ahead]);

  return <div ref={ref} className="ar-sentinel" aria-hidden="true" />;
}
