import { createServerRenderedSite } from './render/create-site.ts';
import type { CreateSite } from './site.ts';

/** The site the server renders: the one place that names it, for index.ts and dev.ts alike. */
export const createSite: CreateSite = createServerRenderedSite;
