/*
 * Request paths, checked before anything reads the disk or the feed. A path that could reach
 * outside dist/ (`..`, a backslash), carries a NUL or another control character, is not valid
 * percent-encoding, or is absurdly long is refused with 400 and a reason; it never gets as
 * far as a file name or the router.
 */

/** Far more than any article path; a 10 KB path is an attack or a bug, not a page. */
const MAX_URL_LENGTH = 2048;

export type PathCheck =
  | { readonly ok: true; readonly pathname: string }
  | { readonly ok: false; readonly reason: string };

export function checkRequestPath(rawUrl: string): PathCheck {
  if (rawUrl.length > MAX_URL_LENGTH)
    return { ok: false, reason: `The address is longer than ${MAX_URL_LENGTH} characters.` };
  const pathname = rawUrl.split(/[?#]/, 1)[0] ?? '';
  if (!pathname.startsWith('/')) return { ok: false, reason: 'The path must begin with /.' };
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, reason: 'The path is not valid percent-encoding.' };
  }
  // Control characters (NUL above all) have no place in a path and confuse file systems.
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(decoded))
    return { ok: false, reason: 'The path holds a control character.' };
  if (decoded.includes('\\')) return { ok: false, reason: 'The path holds a backslash.' };
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.'))
    return { ok: false, reason: 'The path holds a "." or ".." segment.' };
  return { ok: true, pathname };
}
