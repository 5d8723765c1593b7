import { createContext, useContext } from 'react';
import { DEFAULT_LABELS, type Labels } from './label-words';

// The words themselves live in label-words.ts, which has no React: the embed entry reads the
// few it paints before the app has loaded (src/app/first-screen.ts).
export { DEFAULT_LABELS, fillLabel, type Labels } from './label-words';

export const LabelsContext = createContext<Labels>(DEFAULT_LABELS);

export function useLabels(): Labels {
  return useContext(LabelsContext);
}
