/** Console output on someone else's page always says who is talking. */
const PREFIX = '[article-reader]';

export function warn(message: string, ...details: unknown[]): void {
  console.warn(`${PREFIX} ${message}`, ...details);
}

export function logError(message: string, ...details: unknown[]): void {
  console.error(`${PREFIX} ${message}`, ...details);
}
