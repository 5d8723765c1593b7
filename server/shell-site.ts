import type { CreateSite } from './site.ts';

/**
 * Every page path answers with the app's HTML shell and the browser renders the article, as
 * `vite preview` served the app before server rendering: the site until the renderer in
 * server/render/ takes over.
 */
export const createShellSite: CreateSite = ({ template }) => ({
  async renderPage({ path }) {
    return { status: 200, html: await template(path) };
  },
});
