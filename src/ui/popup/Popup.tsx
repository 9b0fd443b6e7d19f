import type { ComponentChildren } from 'preact';
import type { Settings } from '../../settings';
import { t, type MessageKey } from '../i18n';
import { Switch } from '../Switch';
import { ClaimItem } from './ClaimItem';
import { Counts } from './Counts';
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
}

function SiteSwitch({ site, on, onChange }: { site: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <Switch on={on} onChange={onChange} data-site-switch="">
      {t('siteSwitch', site)}
    </Switch>
  );
}

function StateMessage({ state, onEnableGlobally, children }: { state: PopupState; onEnableGlobally: () => void; children?: ComponentChildren }) {
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

/** The popup for one tab (presentational: everything it shows comes in through props). */
export function Popup(props: PopupProps) {
  const { tab, settings, state } = props;
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
            <Counts claims={state.view.claims} />
            {state.scanning ? (
              <p class="muted" role="status">
                {t('stillScanning')}
              </p>
            ) : null}
            <ol class="claims" aria-label={t('claimsListLabel')}>
              {state.view.claims.slice(0, props.listLimit ?? state.view.claims.length).map((claim, i) => (
                <ClaimItem key={i} claim={claim} index={i} onReveal={props.onReveal} />
              ))}
            </ol>
            {state.view.more ? (
              <p class="muted" data-more={state.view.more}>
                {t('claimsMore', [state.view.more, state.view.claims.length])}
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
      </footer>
    </div>
  );
}
