import { createElement, memo, type ComponentType, type FunctionComponent } from 'react';

interface MemoParts<P> {
  readonly $$typeof?: symbol;
  readonly type?: ComponentType<P>;
  readonly compare?: ((before: P, after: P) => boolean) | null;
}

/**
 * `component`, calling `onRender` at each of its renders, for tests that count them. A
 * memoised component stays memoised with its own comparison and a plain one stays plain, so
 * a component that lost its `memo` shows in the counts (a counting wrapper that were memoised
 * itself would skip in its place).
 */
export function countRenders<P extends object>(
  component: ComponentType<P>,
  onRender: (props: P) => void,
): FunctionComponent<P> {
  const parts = component as unknown as MemoParts<P>;
  const memoisedType = parts.$$typeof === Symbol.for('react.memo') ? parts.type : undefined;
  const inner = memoisedType ?? component;
  function Counted(props: P) {
    onRender(props);
    return createElement(inner, props);
  }
  return memoisedType
    ? (memo(Counted, parts.compare ?? undefined) as FunctionComponent<P>)
    : Counted;
}
