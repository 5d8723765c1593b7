/*
 * The standalone app: index.html is a publisher-like page whose #root carries the reader's
 * options as data-* attributes. The server renders the article into it and the client
 * hydrates that markup (src/app/standalone.tsx).
 */
import './styles/reader.css';
import './styles/site.css';
import { startStandalone } from './app/standalone';
import { fillSlotsWithHouseAds } from './site/house-ad';

fillSlotsWithHouseAds(document);

const root = document.getElementById('root');
if (root) startStandalone(root);
