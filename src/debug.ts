/**
 * ClaimLens's one way to say something on the page's console: only in development builds. Production
 * builds never write into the page's console, whatever goes wrong.
 */
export function debug(...args: unknown[]): void {
  if (import.meta.env.DEV) console.debug('[ClaimLens]', ...args);
}
