import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inline-styles.ts';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'inline-styles-'));
  await mkdir(join(root, 'assets'));
  await writeFile(
    join(root, 'assets', 'index-abc.css'),
    '@font-face{src:url(/assets/f.woff2)}.a::after{content:"</style>"}',
  );
  await writeFile(join(root, 'assets', 'relative.css'), '.b{background:url(pic.png)}');
});
afterAll(() => rm(root, { recursive: true, force: true }));

const link = (href: string) =>
  `<link rel="stylesheet" crossorigin href="${href}" nonce="__NONCE__">`;

describe('the stylesheet in the page', () => {
  it('is written into the head in place of its link, with the link’s nonce', async () => {
    const page = await inlineStylesheets(`<head>${link('/assets/index-abc.css')}</head>`, root);
    expect(page).toBe(
      '<head><style nonce="__NONCE__">@font-face{src:url(/assets/f.woff2)}.a::after{content:"<\\/style>"}</style></head>',
    );
  });

  it('stays a link when it is missing, outside the assets, or refers to files beside itself', async () => {
    const html = [
      link('/assets/missing.css'),
      link('/assets/../../etc/passwd.css'),
      link('/assets/relative.css'),
      link('https://cdn.example/x.css'),
    ].join('');
    expect(await inlineStylesheets(html, root)).toBe(html);
  });
});
