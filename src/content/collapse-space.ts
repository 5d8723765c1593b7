/** Text as a reader sees it: runs of white space as one space, none at the ends. */
export function collapseSpace(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}
