import { resolveHttpUrl } from './urls';
import { EMBED_HOSTS } from './sanitize-config';

/** `node` as a `tag` element, with its attributes (lang, dir, id) and children. */
export function renameElement(node: Element, tag: string): void {
  const replacement = node.ownerDocument.createElement(tag);
  for (const attribute of Array.from(node.attributes)) {
    replacement.setAttribute(attribute.name, attribute.value);
  }
  while (node.firstChild) replacement.appendChild(node.firstChild);
  node.replaceWith(replacement);
}

/** What every kept element gets once DOMPurify has passed it: URLs resolved against `base`. */
export function finishElement(node: Element, base: string): void {
  for (const name of ['href', 'src', 'poster', 'cite']) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    // A fragment link stays a fragment; everything else must resolve to http(s).
    if (name === 'href' && value.startsWith('#')) continue;
    const url = resolveHttpUrl(value, base);
    if (url) node.setAttribute(name, url);
    else node.removeAttribute(name);
  }
  const srcset = node.getAttribute('srcset');
  if (srcset !== null) node.setAttribute('srcset', resolveSrcset(srcset, base));

  switch (node.tagName) {
    case 'A':
      if (node.getAttribute('target') === '_blank') {
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('target');
      }
      break;
    case 'IMG':
      node.setAttribute('loading', 'lazy');
      node.setAttribute('decoding', 'async');
      if (!node.hasAttribute('alt')) node.setAttribute('alt', '');
      break;
    case 'VIDEO':
    case 'AUDIO':
      node.setAttribute('controls', '');
      node.setAttribute('preload', 'none');
      break;
  }
}

/**
 * An http: address as https, where that is the same place: the default port only (https on
 * an explicit port is not something to assume). null: it cannot be upgraded.
 */
function upgradeToHttps(src: string): string | null {
  const url = new URL(src);
  if (url.protocol === 'https:') return src;
  if (url.port !== '') return null;
  url.protocol = 'https:';
  return url.href;
}

/**
 * Video and sound in a body load over https: on an https page an http: one is mixed content
 * (upgraded or blocked by the browser), and on any page it is readable on the way. One that
 * cannot be upgraded is dropped, with a warning.
 */
export const MEDIA_SELECTOR = 'video, audio, video source, audio source, track';

export function finishMedia(node: Element, warnings: string[]): void {
  for (const name of ['src', 'poster']) {
    const value = node.getAttribute(name);
    if (value === null) continue;
    const upgraded = upgradeToHttps(value);
    if (upgraded) {
      node.setAttribute(name, upgraded);
    } else if (name === 'poster') {
      node.removeAttribute(name);
    } else {
      warnings.push(
        `Dropped the ${node.tagName.toLowerCase()} ${value}: it is not served over https.`,
      );
      node.remove();
      return;
    }
  }
}

export function finishIframe(node: Element, warnings: string[]): void {
  const written = node.getAttribute('src');
  const host = written ? new URL(written).hostname : '';
  // The video hosts all serve https; an http: embed of theirs is the same player.
  const src = written && EMBED_HOSTS.has(host) ? upgradeToHttps(written) : written;
  if (written && !src) {
    warnings.push(`Dropped the embed ${written}: it is not served over https.`);
    node.remove();
    return;
  }
  if (src && EMBED_HOSTS.has(host)) {
    node.setAttribute('src', src);
    node.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-presentation allow-popups');
    node.setAttribute('loading', 'lazy');
    node.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    if (!node.hasAttribute('title')) node.setAttribute('title', 'Embedded video');
    return;
  }
  const doc = node.ownerDocument;
  if (!src) {
    node.remove();
    return;
  }
  const link = doc.createElement('a');
  link.setAttribute('href', src);
  link.textContent = `Embedded content from ${host}`;
  const paragraph = doc.createElement('p');
  paragraph.appendChild(link);
  node.replaceWith(paragraph);
}

/**
 * The candidates of a srcset, split as the HTML standard does: a URL runs to the next white
 * space (so a comma inside it, as in `?crop=0,0,800,600`, stays in it), and a candidate ends
 * at a comma after it. https://html.spec.whatwg.org/multipage/images.html#parsing-a-srcset-attribute
 */
export function srcsetCandidates(srcset: string): { url: string; descriptor: string }[] {
  const candidates: { url: string; descriptor: string }[] = [];
  let at = 0;
  while (at < srcset.length) {
    while (at < srcset.length && /[\s,]/.test(srcset.charAt(at))) at += 1;
    if (at >= srcset.length) break;
    let end = at;
    while (end < srcset.length && !/\s/.test(srcset.charAt(end))) end += 1;
    let url = srcset.slice(at, end);
    at = end;
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      let depth = 0;
      while (at < srcset.length) {
        const char = srcset.charAt(at);
        if (char === '(') depth += 1;
        else if (char === ')') depth = Math.max(0, depth - 1);
        else if (char === ',' && depth === 0) break;
        descriptor += char;
        at += 1;
      }
      at += 1;
    }
    candidates.push({ url, descriptor: descriptor.trim().replace(/\s+/g, ' ') });
  }
  return candidates;
}

function resolveSrcset(srcset: string, base: string): string {
  return srcsetCandidates(srcset)
    .map(({ url, descriptor }) => {
      const resolved = resolveHttpUrl(url, base);
      return resolved ? [resolved, descriptor].filter(Boolean).join(' ') : null;
    })
    .filter((candidate): candidate is string => candidate !== null)
    .join(', ');
}
