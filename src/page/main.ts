/**
 * The content script's life on a page: start when ClaimLens is on for the site, stop the moment it is
 * turned off (settings are watched, so open tabs follow at once), read the page again on single-page
 * navigations, answer the background's commands and the popup's reveal requests. Never throws into the
 * page: every entry point is guarded.
 *
 * A page is first only tested by the gate (./gate.ts): a page that names no party, nearly every page,
 * gets nothing else (no session, no highlights, no card), and is watched until it does. The session's code
 * is not even in this script: it is loaded when the gate first says yes (./session-loader.ts).
 */
import { browser } from 'wxt/browser';
import type { Claim } from '../engine/claim';
import { compactClaims, expandClaims } from '../compact-claims';
import { isMessageOf, type Message, type MessageOf, type Reply, type TabResult } from '../messages';
import { sendToBackground } from '../messaging';
import { useAddedNames } from '../engine/candidate-blocks';
import { extraPacksItem } from '../facts/imported-packs';
import { packNamesItem } from '../facts/pack-names';
import { isSiteEnabled, settingsItem, watchSettings, type Settings } from '../settings';
import { readItems } from '../stored-item';
import { timed } from './bench-marks';
import { debug } from '../debug';
import { reportFrameGone } from './frame-gone';
import { PageGate } from './gate';
import type { PageLifetime } from './lifetime';
import type { PageSession, Scanner } from './session';
import { loadSession, type SessionModule } from './session-loader';

/** The URL whose site decides whether ClaimLens is on: a srcdoc or about:blank frame's is its origin's. */
const siteUrl = () => (location.protocol === 'about:' && location.origin !== 'null' ? location.origin : location.href);

export function runClaimLens(ctx: PageLifetime): void {
  let settings: Settings | null = null;
  let packsVersion = 0;
  let session: PageSession | null = null;
  /** The session's module, once loaded (./session-loader.ts); `starting`: it is being loaded for a session. */
  let sessionModule: SessionModule | null = null;
  let starting = false;
  /** Bumped when ClaimLens stops on the page: a session whose code arrives after that is not started. */
  let startGeneration = 0;
  /** The names imported packs add to the parties (their pattern's source), as stored. */
  let addedNames: string | null = null;
  /** The gate, while the page has named no party (no session yet). */
  let gate: PageGate | null = null;
  let scanner: { key: string; scan: Scanner } | null = null;
  let url = location.href;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let lastReport = '';
  let lastMessage: MessageOf<'claims'> | null = null;
  // The reader hid every highlight on this page (keyboard command); not stored: the next page shows them again.
  let hidden = false;
  const highlightOf = (s: Settings) => ({ verdicts: hidden ? [] : s.highlightVerdicts, style: s.highlightStyle });

  const post = (message: Message) => sendToBackground(message).catch((e: unknown) => debug('report failed', e));
  const send = (status: TabResult['status'], claims: Claim[]) => {
    const message: MessageOf<'claims'> = { type: 'claims', url: location.href, status, claims: compactClaims(claims) };
    // Same claims, same verdicts, same engine: the background has this already.
    const key = [scanner?.key, location.href, status, ...claims.map((c) => `${c.block}:${c.start}:${c.end}:${c.verdict}`)].join('|');
    if (key === lastReport) return;
    lastReport = key;
    lastMessage = message;
    void post(message);
  };

  /**
   * The engine for these settings: the background's (src/background/engine-host.ts), asked with the runs of
   * blocks the page's gate lets through. A page that names no party never asks.
   */
  const scannerFor = (s: Settings): Scanner => {
    const key = `${s.sensitivity}|${packsVersion}`;
    if (scanner?.key !== key) {
      const sensitivity = s.sensitivity;
      const scan: Scanner = async (runs, pageDate) => {
        return expandClaims(await sendToBackground({ type: 'scan', runs, sensitivity, pageDate }));
      };
      scanner = { key, scan };
    }
    return scanner.scan;
  };

  let lastScanner: Scanner | null = null;
  const stop = () => {
    startGeneration++;
    starting = false;
    session?.destroy();
    session = null;
    gate?.destroy();
    gate = null;
  };

  const apply = async () => {
    if (ctx.isInvalid || !settings) return;
    if (!isSiteEnabled(settings, siteUrl())) {
      stop();
      send('disabled', []);
      return;
    }
    if (!session) {
      // Until the page names a party, only the gate runs; then the session (startSession).
      if (!gate && !starting) {
        gate = new PageGate({ named: guarded(startSession), neutral: () => send('done', []) });
        gate.start();
      }
      return;
    }
    const highlight = highlightOf(settings);
    const nextScanner = scannerFor(settings);
    session.setHighlightOptions(highlight);
    if (lastScanner !== nextScanner) session.setScanner(nextScanner);
    lastScanner = nextScanner;
  };

  /**
   * The gate found a party's name: the page is read, and its claims found and shown, from now on, by the
   * session, whose code is loaded now (the background is told the page is scanning meanwhile, in a task of its
   * own, so that it readies its engine).
   */
  const startSession = () => {
    gate = null;
    if (ctx.isInvalid || !settings || session || starting) return;
    starting = true;
    const generation = startGeneration;
    ctx.setTimeout(() => {
      if (generation === startGeneration && starting)
        timed(
          guarded(() => send('scanning', [])),
          'scanning',
        );
    }, 0);
    void loadSession().then((module) =>
      guarded(() => {
        if (generation !== startGeneration) return;
        starting = false;
        sessionModule = module;
        // (The file could not be loaded: the page is reported as done, without claims.)
        if (!module) return send('done', []);
        module.useAddedNames(addedNames);
        newSession(module);
      })(),
    );
  };

  const newSession = (module: SessionModule) => {
    // (A browser without the CSS Highlight API gets the same session: its claims are reported, so the popup
    // lists them as in any other, and nothing is marked on the page, ./highlight.ts.)
    if (ctx.isInvalid || !settings || session) return;
    const nextScanner = scannerFor(settings);
    session = new module.PageSession(ctx, {
      scan: nextScanner,
      highlight: highlightOf(settings),
      // Only a page whose gate let blocks through says it is scanning (a page naming no party reports once, when done).
      scanning: () => send('scanning', []),
      report: (claims) => {
        // Batch bursts of page changes into one message.
        clearTimeout(reportTimer);
        reportTimer = setTimeout(() => session && send('done', claims), 50);
      },
    });
    session.start(true);
    lastScanner = nextScanner;
  };

  const guarded = (fn: () => void | Promise<void>) => () => {
    try {
      const result = fn();
      if (result instanceof Promise) result.catch((e: unknown) => debug(e));
    } catch (e) {
      debug(e);
    }
  };

  // The names imported packs add to the parties, for the gate (src/facts/pack-names.ts): read beside the settings
  // (a small value, absent while no pack adds a name; both in one storage read), so a page naming a party only by a
  // pack's name is read too.
  const init = guarded(async () => {
    const [read, names] = await readItems(settingsItem, packNamesItem);
    settings = read.value;
    addedNames = names.value;
    useAddedNames(addedNames);
    await timed(apply, 'start');
  });

  const unwatchSettings = watchSettings((next) => {
    guarded(() => {
      const before = settings;
      settings = next;
      if (session && before && before.sensitivity === settings.sensitivity && isSiteEnabled(settings, siteUrl())) {
        session.setHighlightOptions(highlightOf(settings));
      } else return apply();
    })();
  });
  const unwatchPacks = extraPacksItem.watch(
    guarded(() => {
      packsVersion++;
      return apply();
    }),
  );
  // The background rewrites the added names after the packs change: the page is read again with them.
  const unwatchNames = packNamesItem.watch((names) =>
    guarded(() => {
      addedNames = names;
      sessionModule?.useAddedNames(names);
      if (!useAddedNames(names)) return;
      session?.rescan();
      gate?.retest();
    })(),
  );
  ctx.onInvalidated(() => {
    unwatchSettings();
    unwatchPacks();
    unwatchNames();
    clearTimeout(reportTimer);
    stop();
  });

  const onLocation = () => {
    guarded(() => {
      if (location.href === url) return;
      url = location.href;
      lastReport = '';
      if ((session || gate || starting) && settings && isSiteEnabled(settings, siteUrl())) {
        send('scanning', []);
        // The new view renders after the URL changes; the observer catches the content, this catches the rest.
        ctx.setTimeout(() => {
          session?.rescan();
          gate?.retest();
        }, 300);
      } else return apply();
    })();
  };

  const onMessage = (message: unknown): Promise<Reply<Message>> | undefined => {
    if (!isMessageOf(message, ['reveal-claim', 'toggle-highlights', 'step-claim'])) return undefined;
    const m = message;
    if (m.type === 'reveal-claim') return Promise.resolve(session?.reveal(m.index) ?? false);
    if (m.type === 'toggle-highlights') {
      hidden = !hidden;
      if (settings) session?.setHighlightOptions(highlightOf(settings));
      return Promise.resolve(!hidden);
    }
    session?.step(m.direction === -1 ? -1 : 1);
    return Promise.resolve(true);
  };

  /**
   * What the page needs only once the script has reported (its first report comes after the gate's tasks), in
   * a task of its own: the script's first task (its compile, its modules' evaluation, the settings' read and
   * watch) is the longest it gives a page that names no party, and setting the extension's runtime up in the
   * script's world (its first `runtime` call) is a few ms of it.
   */
  const listen = () => {
    // A page coming back from the back/forward cache: its claims were let go when it left (see
    // ./frame-gone.ts), but the page and its highlights are as they were, so tell the background again.
    ctx.addEventListener(window, 'pageshow', (event) => {
      guarded(() => {
        if (event.persisted && lastMessage) void post({ ...lastMessage, url: location.href });
      })();
    });
    ctx.onLocationChange(onLocation);
    // (The address changed before the change was followed.)
    if (location.href !== url) onLocation();
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
    // This frame's claims leave the tab's results when its document goes away.
    reportFrameGone(ctx);
  };
  ctx.setTimeout(() => timed(guarded(listen), 'listen'), 0);

  init();
}
