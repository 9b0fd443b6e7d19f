import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { VERDICTS, type Verdict } from '../../engine/claim';
import { readStoredPacks, watchExtraPacks } from '../../facts/active-pack';
import type { FactPack } from '../../facts/schema';
import {
  HIGHLIGHT_STYLES,
  SENSITIVITIES,
  readSettingsWithProblem,
  settingsItem,
  siteOf,
  watchSettings,
  type HighlightStyle,
  type Sensitivity,
  type Settings,
} from '../../settings';
import { t, tn, type MessageKey } from '../i18n';
import { Switch } from '../Switch';
import { VerdictTag } from '../Verdict';
import { importPackIntoStorage, removePack } from './import-pack';
import { Keys, Reports } from './Reports';

const SENSITIVITY_TEXT: Record<Sensitivity, [MessageKey, MessageKey]> = {
  strict: ['sensitivityStrict', 'sensitivityStrictExplain'],
  balanced: ['sensitivityBalanced', 'sensitivityBalancedExplain'],
  broad: ['sensitivityBroad', 'sensitivityBroadExplain'],
};
const STYLE_TEXT: Record<HighlightStyle, MessageKey> = {
  underline: 'styleUnderline',
  background: 'styleBackground',
};

function SitesList({ settings, save }: { settings: Settings; save: (s: Settings) => void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    // What the field holds now (a paste or autofill may not have gone through onInput yet).
    const typed = ((e.currentTarget as HTMLFormElement).elements.namedItem('site') as HTMLInputElement | null)?.value ?? draft;
    const site = siteOf(typed);
    if (!site || (!site.includes('.') && site !== 'localhost')) {
      setError(t('siteInvalid', typed));
      return;
    }
    setError('');
    setDraft('');
    if (!settings.disabledSites.includes(site)) save({ ...settings, disabledSites: [...settings.disabledSites, site] });
  };
  return (
    <section aria-labelledby="sites-h">
      <h2 id="sites-h">{t('sitesHeading')}</h2>
      <p class="muted">{t('sitesExplain')}</p>
      {settings.disabledSites.length === 0 ? (
        <p data-sites-empty="">{t('sitesNone')}</p>
      ) : (
        <ul class="sites">
          {settings.disabledSites.map((site) => (
            <li key={site} data-site={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                aria-label={t('siteRemoveLabel', site)}
                onClick={() => save({ ...settings, disabledSites: settings.disabledSites.filter((s) => s !== site) })}
              >
                {t('siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="site-input">{t('siteAddLabel')}</label>{' '}
        <input
          id="site-input"
          name="site"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          value={draft}
          placeholder="example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-error' : undefined}
          onInput={(e) => setDraft((e.target as HTMLInputElement).value)}
        />{' '}
        <button type="submit">{t('siteAdd')}</button>
        {error ? (
          <p id="site-error" class="error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

/** One setting's choices as a group of radio buttons: its heading, and each choice with its label. */
function Choices<T extends string>(props: {
  legend: string;
  name: string;
  choices: readonly T[];
  chosen: T;
  onChoose: (choice: T) => void;
  label: (choice: T) => ComponentChildren;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.choices.map((c) => (
        <label key={c} class="choice">
          <input type="radio" name={props.name} value={c} checked={props.chosen === c} onChange={() => props.onChoose(c)} />{' '}
          {props.label(c)}
        </label>
      ))}
    </fieldset>
  );
}

type ImportStatus = { ok: true; text: string } | { ok: false; text: string } | null;

function Packs({ packs }: { packs: FactPack[] }) {
  const [status, setStatus] = useState<ImportStatus>(null);
  const input = useRef<HTMLInputElement>(null);
  const onFile = async () => {
    const file = input.current?.files?.[0];
    if (!file) return;
    const outcome = await importPackIntoStorage(file);
    setStatus(
      outcome.ok
        ? { ok: true, text: tn('importDone', outcome.pack.facts.length, [outcome.pack.name]) }
        : { ok: false, text: t('importRefused', [file.name, outcome.error]) },
    );
    if (input.current) input.current.value = '';
  };
  return (
    <section aria-labelledby="packs-h">
      <h2 id="packs-h">{t('packsHeading')}</h2>
      <p class="muted">{t('packsExplain')}</p>
      {packs.length === 0 ? (
        <p data-packs-empty="">{t('packsNone')}</p>
      ) : (
        <ul class="packs">
          {packs.map((p) => (
            <li key={p.name} data-pack={p.name}>
              <strong>{p.name}</strong>
              <span class="muted">{` · ${t('packSize', [tn('countFacts', p.facts.length), tn('countSources', p.sources.length)])} `}</span>
              <button type="button" aria-label={t('packRemoveLabel', p.name)} onClick={() => void removePack(p.name)}>
                {t('packRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label for="pack-file">{t('importLabel')}</label>{' '}
      <input id="pack-file" ref={input} type="file" accept=".json,application/json" onChange={() => void onFile()} />
      <div aria-live="polite">
        {status ? (
          <p class={status.ok ? 'ok' : 'error'} data-import={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
            {status.text}
          </p>
        ) : null}
      </div>
    </section>
  );
}

export function Options({ factsUrl }: { factsUrl: string }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [packs, setPacks] = useState<FactPack[]>([]);
  /** What could not be read from storage (said at the top of the page). */
  const [unread, setUnread] = useState<{ settings: MessageKey | null; packs: MessageKey | null; leftOut: number }>({
    settings: null,
    packs: null,
    leftOut: 0,
  });
  useEffect(() => {
    // Both are read repaired: a partial, older or hand-edited stored value never reaches the page raw.
    const loadSettings = () =>
      void readSettingsWithProblem().then(({ value, problem }) => {
        setSettings(value);
        setUnread((u) => ({ ...u, settings: problem === 'newer' ? 'storedSettingsNewer' : problem ? 'storedSettingsUnreadable' : null }));
      });
    loadSettings();
    const loadPacks = () =>
      void readStoredPacks().then(({ stored, valid, problem }) => {
        setPacks(valid);
        setUnread((u) => ({
          ...u,
          packs: problem === 'newer' ? 'storedPacksNewer' : problem ? 'storedPacksUnreadable' : null,
          leftOut: stored.length - valid.length,
        }));
      });
    loadPacks();
    const a = watchSettings(loadSettings);
    const b = watchExtraPacks(loadPacks);
    return () => {
      a();
      b();
    };
  }, []);
  if (!settings) return null;
  const save = (next: Settings) => {
    setSettings(next);
    void settingsItem.setValue(next);
  };
  const toggleVerdict = (v: Verdict, on: boolean) =>
    save({ ...settings, highlightVerdicts: VERDICTS.filter((x) => (x === v ? on : settings.highlightVerdicts.includes(x))) });

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {unread.settings || unread.packs || unread.leftOut > 0 ? (
        <div class="error" role="status" data-unread="">
          {unread.settings ? <p data-unread-settings="">{t(unread.settings)}</p> : null}
          {unread.packs ? <p data-unread-packs="">{t(unread.packs)}</p> : null}
          {unread.leftOut > 0 ? <p data-unread-left-out="">{tn('storedPacksLeftOut', unread.leftOut)}</p> : null}
        </div>
      ) : null}
      <p>
        <a href={factsUrl} target="_blank" rel="noopener" data-link="facts">
          {t('factsLink')}
        </a>
      </p>
      <section aria-labelledby="global-h">
        <h2 id="global-h">{t('globalHeading')}</h2>
        <Switch on={settings.enabled} onChange={(enabled) => save({ ...settings, enabled })} data-global-switch="">
          {t('globalSwitch')}
        </Switch>
      </section>
      <SitesList settings={settings} save={save} />
      <fieldset>
        <legend>{t('verdictsHeading')}</legend>
        <p class="muted">{t('verdictsExplain')}</p>
        {VERDICTS.map((v) => (
          <label key={v} class="choice">
            <input
              type="checkbox"
              name="verdict"
              value={v}
              checked={settings.highlightVerdicts.includes(v)}
              onChange={(e) => toggleVerdict(v, (e.target as HTMLInputElement).checked)}
            />{' '}
            <VerdictTag verdict={v} />
          </label>
        ))}
      </fieldset>
      <Choices
        legend={t('sensitivityHeading')}
        name="sensitivity"
        choices={SENSITIVITIES}
        chosen={settings.sensitivity}
        onChoose={(sensitivity) => save({ ...settings, sensitivity })}
        label={(s) => (
          <>
            <strong>{t(SENSITIVITY_TEXT[s][0])}</strong> <span class="muted">{t(SENSITIVITY_TEXT[s][1])}</span>
          </>
        )}
      />
      <Choices
        legend={t('styleHeading')}
        name="style"
        choices={HIGHLIGHT_STYLES}
        chosen={settings.highlightStyle}
        onChoose={(highlightStyle) => save({ ...settings, highlightStyle })}
        label={(s) => <span class={`style-sample style-${s}`}>{t(STYLE_TEXT[s])}</span>}
      />
      <Keys />
      <Packs packs={packs} />
      <Reports />
      <p class="muted">{t('storedNote')}</p>
    </main>
  );
}
