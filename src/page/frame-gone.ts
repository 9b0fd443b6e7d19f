/**
 * A frame's claims leave the tab's list and badge when its document goes away: a sub-frame's when the page
 * removes the iframe or the frame navigates elsewhere; the top frame's (and with them the tab's) on a
 * reload or a navigation. Each frame keeps a port open to the background: both browsers close it when the
 * document goes, and the background drops the frame's result. Chrome also delivers a message sent on
 * `pagehide`, which starts a stopped service worker (Firefox does not always deliver it). A background that
 * was stopped has lost its ports: when it starts again it pings the frames it holds results of, and each
 * frame still there answers and opens a new port (one that no longer answers is forgotten). A page restored
 * from the back/forward cache opens a new port (and ./main.ts reports its claims again).
 */
import { browser, type Browser } from 'wxt/browser';
import { FRAME_PORT, isMessageOf } from '../messages';
import { sendToBackground } from '../messaging';
import { debug } from '../debug';
import type { PageLifetime } from './lifetime';

/** Tell the background when this frame's document goes away. */
export function reportFrameGone(ctx: PageLifetime): void {
  let port: Browser.runtime.Port | null = null;
  const connect = () => {
    if (port || ctx.isInvalid) return;
    try {
      const opened = browser.runtime.connect({ name: FRAME_PORT });
      opened.onDisconnect.addListener(() => {
        // Read, so Chrome does not log "Unchecked runtime.lastError" into the page's console (a page
        // entering the back/forward cache has its ports closed with an error).
        void browser.runtime.lastError;
        if (port === opened) port = null;
        // The extension went away (reloaded, updated, removed): this script's life ends with it.
        void ctx.isInvalid;
      });
      port = opened;
    } catch (e) {
      debug('frame port', e);
    }
  };
  connect();

  // Back from the back/forward cache: the port was closed when the page left; open a new one.
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (event.persisted) connect();
  });

  // Firefox closes the port reliably, and a message sent while a tab closes can be cut off there
  // ("Script terminated by timeout"): only Chrome, whose stopped service worker has no port, is told.
  if (!import.meta.env.FIREFOX)
    ctx.addEventListener(window, 'pagehide', () => {
      try {
        sendToBackground({ type: 'frame-gone' }).catch((e: unknown) => debug('frame-gone', e));
      } catch (e) {
        debug('frame-gone', e);
      }
    });

  const onMessage = (message: unknown): Promise<boolean> | undefined => {
    if (!isMessageOf(message, ['frame-ping'])) return undefined;
    connect();
    return Promise.resolve(true);
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    const open = port;
    port = null;
    open?.disconnect();
  });
}
