/*
 * The bytes of an XML feed as text. Feeds declare their own encoding, often wrongly or not at
 * all: Latin-1 from older CMSs with no declaration, a server's default charset in the header
 * that the bytes do not match, a byte-order mark. This picks the reading a browser would.
 */

/**
 * The text of an XML feed. The declaration's encoding wins over the Content-Type charset:
 * the CMS that wrote the bytes wrote the declaration, while a header's charset is often a
 * server default. Undeclared bytes that are not UTF-8 are read as windows-1252 (what
 * browsers do for ISO-8859-1): they are nearly always Latin-1 from an older CMS.
 */
export function decodeFeedBytes(
  input: ArrayBuffer | Uint8Array,
  contentType: string | null,
): string {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bom = byteOrderMark(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  const declared = knownEncoding(
    /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1],
  );
  const charset = /;\s*charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? '')?.[1];
  const encoding = declared ?? knownEncoding(charset) ?? 'utf-8';
  if (encoding !== 'utf-8' || declared) return new TextDecoder(encoding).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** The WHATWG name of a label TextDecoder knows, else undefined. */
function knownEncoding(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  try {
    const encoding = new TextDecoder(label).encoding;
    // A declaration we could read as ASCII is not in UTF-16, whatever it says (as in HTML).
    return encoding.startsWith('utf-16') ? 'utf-8' : encoding;
  } catch {
    return undefined;
  }
}
