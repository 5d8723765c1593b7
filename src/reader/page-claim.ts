/**
 * One page, one address bar: the first reader mounted on a page drives history, the head and
 * analytics; a second one reads in place. The claim sits on the page's window under a
 * registered symbol, so two copies of the bundle on one page see the same claim.
 */
const CLAIM = Symbol.for('article-reader.page-claim');

type Claimable = Record<typeof CLAIM, object | undefined>;

export function claimPage(window: Window, owner: object): boolean {
  const target = window as unknown as Claimable;
  const holder = target[CLAIM];
  if (holder !== undefined && holder !== owner) return false;
  target[CLAIM] = owner;
  return true;
}

export function releasePage(window: Window, owner: object): void {
  const target = window as unknown as Claimable;
  if (target[CLAIM] === owner) target[CLAIM] = undefined;
}
