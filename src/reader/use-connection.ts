import { useEffect, useEffectEvent, useRef, useSyncExternalStore } from 'react';
import { isOnline, watchConnection } from './connection';

const subscribe = (onChange: () => void) => watchConnection(window, onChange);
const snapshot = () => isOnline(window);
const serverSnapshot = () => true;

/**
 * Whether the browser is online; `onBack` runs each time the connection comes back (the
 * query layer resumes the requests it paused; a failure it had already reported is the
 * caller's to retry).
 */
export function useConnection(onBack: () => void): boolean {
  const online = useSyncExternalStore(subscribe, snapshot, serverSnapshot);
  const back = useEffectEvent(onBack);
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) back();
    wasOnline.current = online;
  }, [online]);
  return online;
}
