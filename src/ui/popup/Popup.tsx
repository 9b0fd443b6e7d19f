import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { COMMAND_KEYS, type CommandName } from '../../keys';
import type { Settings } from '../../settings';
import { t, tn, type MessageKey } from '../i18n';
import { Switch } from '../Switch';
import { claimsByAttention } from '../verdict-display';
import { ClaimItem } from './ClaimItem';
import { Filters, PageVerdict, type Filter } from './Counts';
import type { UnreadableReason } from './page-access';
import { switchSite, type PopupState, type TabInfo } from './state';

const UNREADABLE: Record<UnreadableReason, MessageKey> = {
  'browser-page': 'unreadableBrowserPage',
  'extension-page': 'unreadableExtensionPage',
  store: 'unreadableStore',
  file: 'unreadableFile',
  pdf: 'unreadablePdf',
  'no-page': 'unreadableNoPage',
  'other-scheme': 'unreadableOtherScheme',
  'no-answer': 'unreadableNoAnswer',
  'no-access': 'unreadableNoAccess',
};

export interface PopupProps {
  tab: TabInfo | null;
  settings: Settings;
  state: PopupState;
  /** How many claims to list for now (all when unset): the first paint lists a screenful, the rest follow. */
  listLimit?: number;
  factsUrl: string;
  optionsUrl: string;
  onReveal: (index: number) => void;
  onSetSiteEnabled: (enabled: boolean) => void;
  onEnableGlobally: () => void;
  /** The keyboard commands' keys as the browser has them (the reader may have changed them). */
  keys?: Record<CommandName, string>;
}

function SiteSwitch({ site, on, onChange }: { site: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <Switch on={on} onChange={onChange} data-site-switch="">
      {t('siteSwitch', site)}
    </Switch>
  );
}

function StateMessage({
  state,
  onEnableGlobally,
  children,
}: {
  state: PopupState;
  onEnableGlobally: () => void;
  children?: ComponentChildren;
}) {
  switch (state.kind) {
    case 'unreadable':
      return (
        <div class="state" data-state="unreadable" data-reason={state.reason} role="status">
          <p class="state-title">{t('unreadableTitle')}</p>
          <p>{t(UNREADABLE[state.reason])}</p>
        </div>
      );
    case 'disabled':
      return (
        <div class="state" data-state="disabled" data-scope={state.scope} role="status">
          {state.scope === 'global' ? (
            <>
              <p class="state-title">{t('disabledGlobal')}</p>
              <button type="button" data-enable-global onClick={onEnableGlobally}>
                {t('turnOnEverywhere')}
              </button>
            </>
          ) : (
            <>
              <p class="state-title">{t('disabledSite', state.site)}</p>
              {children}
            </>
          )}
        </div>
      );
    case 'scanning':
      return (
        <div class="state" data-state="scanning" role="status">
          <p class="state-title">{t('scanning')}</p>
        </div>
      );
    case 'empty':
      return (
        <div class="state" data-state="empty" role="status">
          <p class="state-title">{t('emptyTitle')}</p>
          <p class="muted">{t('emptyExplain')}</p>
        </div>
      );
    default:
      return null;
  }
}

/**
 * The page's verdict, the filters, and the claims: those needing attention first (disputed, sources
 * disagree), each group in page order. The list is one Tab stop; the arrow keys move between claims.
 */
function ClaimList({
  claims,
  scanning,
  listLimit,
  onReveal,
  pageUrl,
}: {
  claims: PopupStateClaims;
  scanning: boolean;
  listLimit?: number;
  onReveal: (i: number) => void;
  pageUrl: string;
}) {
  const [filter, setFilter] = useState<Filter>('all');
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const ordered = useMemo(() => claimsByAttention(claims), [claims]);
  const shown = (filter === 'all' ? ordered : ordered.filter((x) => x.claim.verdict === filter)).slice(0, listLimit ?? claims.length);
  const tabbable = shown.some((x) => x.index === focusRow) ? focusRow : (shown[0]?.index ?? null);
  const onKeyDown = (e: KeyboardEvent) => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End'];
    if (!keys.includes(e.key)) return;
    const rows = [...(e.currentTarget as HTMLElement).querySelectorAll<HTMLElement>('.claim-row')];
    const at = rows.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    e.preventDefault();
    const next =
      e.key === 'Home'
        ? 0
        : e.key === 'End'
          ? rows.length - 1
          : Math.min(rows.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)));
    rows[next]?.focus();
  };
  return (
    <>
      <PageVerdict claims={claims} />
      {scanning ? (
        <p class="muted" role="status">
          {t('stillScanning')}
        </p>
      ) : null}
      <Filters claims={claims} filter={filter} onFilter={setFilter} />
      <ol class="claims" aria-label={t('claimsListLabel')} onKeyDown={onKeyDown}>
        {shown.map(({ claim, index }) => (
          <ClaimItem
            key={index}
            claim={claim}
            index={index}
            onReveal={onReveal}
            tabbable={index === tabbable}
            onFocusRow={setFocusRow}
            pageUrl={pageUrl}
          />
        ))}
      </ol>
    </>
  );
}

type PopupStateClaims = Extract<PopupState, { kind: 'claims' }>['view']['claims'];

/** The popup for one tab (presentational: everything it shows comes in through props). */
export function Popup(props: PopupProps) {
  const { tab, settings, state } = props;
  const keys = props.keys ?? COMMAND_KEYS;
  // A command the browser reports without a key (the reader removed it, or it clashed) has none: '—', as on the options page.
  const keyOf = (name: CommandName) => keys[name] || '—';
  const site = switchSite(tab);
  const siteOn = state.kind !== 'disabled' || state.scope === 'global';
  // The switch of a site turned off sits in the disabled message; otherwise in the header.
  const siteSwitch = site && settings.enabled ? <SiteSwitch site={site} on={siteOn} onChange={props.onSetSiteEnabled} /> : null;
  return (
    <div class="popup">
      <header>
        <h1>ClaimLens</h1>
        {state.kind !== 'disabled' ? siteSwitch : null}
      </header>
      <main>
        {state.kind === 'claims' ? (
          <>
            <ClaimList
              claims={state.view.claims}
              scanning={state.scanning}
              listLimit={props.listLimit}
              onReveal={props.onReveal}
              pageUrl={tab?.url ?? ''}
            />
            {state.view.more ? (
              <p class="muted" data-more={state.view.more}>
                {t('claimsMore', [tn('countMoreClaims', state.view.more), state.view.claims.length])}
              </p>
            ) : null}
          </>
        ) : (
          <StateMessage state={state} onEnableGlobally={props.onEnableGlobally}>
            {siteSwitch}
          </StateMessage>
        )}
      </main>
      <footer>
        <a href={props.factsUrl} target="_blank" rel="noopener" data-link="facts">
          {t('factsLink')}
        </a>
        <a href={props.optionsUrl} target="_blank" rel="noopener" data-link="options">
          {t('optionsLink')}
        </a>
        <p class="keys" data-keys="">
          <kbd>{keyOf('next-claim')}</kbd> / <kbd>{keyOf('previous-claim')}</kbd> {`${t('keysNext')} / ${t('keysPrevious')}`} ·{' '}
          <kbd>{keyOf('toggle-highlights')}</kbd> {t('keysToggle')}
        </p>
      </footer>
    </div>
  );
}
