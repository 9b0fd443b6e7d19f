/**
 * Stands in for WXT's `ContentScriptContext` in the content script's build (a resolve alias in
 * wxt.config.ts): WXT's entry builds one before calling `main`, and WXT's posts a message with the
 * extension's id to the page and stops when the page dispatches a matching event. This one does nothing at
 * all; ClaimLens's content script lives by its own `PageLifetime` (./lifetime.ts).
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName?: string,
    readonly options?: unknown,
  ) {}
}
