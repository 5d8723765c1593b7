/*
 * An address a mail server would take: a dot-atom before the @ (RFC 5322: no dot first,
 * last or twice), and a host name after it of two or more labels, none beginning or ending
 * with a hyphen (RFC 1123), the last of two letters or more. Letters and digits of any
 * script are allowed (RFC 6531 addresses). The form and the server check the same.
 */
const ATOM = "[\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~-]+";
const LABEL = '[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?';
const EMAIL = new RegExp(
  `^${ATOM}(?:\\.${ATOM})*@(?:${LABEL}\\.)+\\p{L}[\\p{L}\\p{N}-]*[\\p{L}\\p{N}]$`,
  'u',
);

export function isEmailAddress(value: string): boolean {
  return EMAIL.test(value.trim());
}
