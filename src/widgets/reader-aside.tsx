import './reader-aside.css';
import { PartBoundary } from '../shared/part-boundary';
import { MostPopular } from './most-popular';
import { NewsletterForm } from './newsletter-form';

export interface ReaderAsideProps {
  readonly popularUrl: string | null;
  readonly newsletterUrl: string | null;
  /** The article being read, which "Most popular" leaves out. */
  readonly currentUrl: string | null;
}

/**
 * The publisher's furniture beside the feed: "Most popular" and the signup form, each a part
 * of its own. A chunk of its own on a publisher's page (src/app/use-reader-aside.ts); the standalone app
 * and the server, which render it into the page's HTML, import it directly.
 */
export function ReaderAside({ popularUrl, newsletterUrl, currentUrl }: ReaderAsideProps) {
  return (
    <>
      {popularUrl && (
        <PartBoundary part="Most popular">
          <MostPopular url={popularUrl} currentUrl={currentUrl} />
        </PartBoundary>
      )}
      {newsletterUrl && (
        <PartBoundary part="The newsletter form">
          <NewsletterForm url={newsletterUrl} />
        </PartBoundary>
      )}
    </>
  );
}
