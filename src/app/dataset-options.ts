/** data-feed-url="…" → { feedUrl: "…" }: the dataset already camel-cases the names. */
export function optionsFromDataset(element: HTMLElement): Record<string, unknown> {
  return Object.fromEntries(Object.entries(element.dataset));
}
