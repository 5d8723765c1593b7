/*
 * The standalone app: index.html is a publisher-like page whose #root carries the reader's
 * options as data-* attributes, mounted through the same mountReader() as the embed.
 */
import './styles/reader.css';
import './styles/site.css';
import { mountReader, optionsFromDataset } from './app/mount-reader';
import { fillSlotsWithHouseAds } from './site/house-ad';

fillSlotsWithHouseAds(document);

const root = document.getElementById('root');
if (root) {
  const options = optionsFromDataset(root);
  mountReader(root, options, { standalone: true });
}
