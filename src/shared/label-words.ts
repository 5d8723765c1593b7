/**
 * The reader's own words, English by default. A publisher replaces any of them, key by key,
 * with the `labels` option or a `data-labels` attribute holding JSON (README, "Labels").
 * `{name}` marks where a value goes; a label given without it gets the value after it.
 */
export const DEFAULT_LABELS = {
  readMore: 'Read more',
  by: 'By {authors}',
  published: 'Published',
  updated: 'Updated',
  relatedTags: 'Related Tags',
  nextArticle: 'Next article',
  pictures: 'Pictures: {title}',
  picture: 'Picture: {title}',
  galleryMore: 'See all {count} pictures on the article’s page',
  previousSlide: 'Previous slide',
  nextSlide: 'Next slide',
  advertisement: 'Advertisement',
  mostPopular: 'Most popular',
  moreFromNewsroom: 'More from the newsroom',
  newsletter: 'Newsletter',
  signUpIntro: 'Sign up by email to receive news.',
  email: 'Email',
  signUp: 'Sign up',
  signingUp: 'Signing you up…',
  signUpThanks: 'Thank you. News will arrive at {email}.',
  signUpInvalid: 'Enter an email address such as name@example.com.',
  signUpFailed: 'We could not sign you up just now. Your address is kept: please try again.',
  tryAgain: 'Try again',
  articles: 'Articles',
  articlesFrom: 'Articles from {site}',
  loadingArticles: 'Loading articles…',
  loadingNext: 'Loading the next article…',
  offline:
    'You’re offline. What is on the page stays, and reading goes on by itself when the connection is back.',
  loadFailed: 'The articles could not be loaded.',
  loadNextFailed: 'The next article could not be loaded.',
  checkConnection: 'Check your connection.',
  serverFailed: 'Something went wrong on our side.',
  caughtUp: 'You’re all caught up',
  keepReading: 'Keep reading: {title}',
  latestArticle: 'The latest article',
  homePage: 'Home page',
  siteHomePage: '{site} home page',
  notFound: 'Article not found',
  notFoundText:
    'There is no article at this address. It may have moved, or the link may be mistyped.',
  readLatest: 'Read the latest article',
  carousel: 'carousel',
  slideCount: '{index} / {count}',
} as const;

export type LabelKey = keyof typeof DEFAULT_LABELS;
export type Labels = { readonly [K in LabelKey]: string };

export function isLabelKey(key: string): key is LabelKey {
  return Object.hasOwn(DEFAULT_LABELS, key);
}

/** A label with its `{name}` placeholders filled in. */
export function fillLabel(
  label: string,
  values: Readonly<Record<string, string | number>>,
): string {
  const names = [...label.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
  if (names.some((name) => name !== undefined && name in values)) {
    return label.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  }
  // "بقلم" given for "By {authors}": the value follows the word.
  const [first] = Object.values(values);
  return first === undefined ? label : `${label} ${first}`;
}

/** A publisher's word for a label is used when it is a non-empty string (else the default). */
export function isUsableLabel(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}
