/**
 * What a reader can do with a claim, the same in the card and in the popup: Copy (the claim, its verdict,
 * the reason and the sources' quotes as plain text) and "This verdict looks wrong" (an optional note, kept
 * only in this browser), with a status line that says what happened. `before` goes first in the row of
 * buttons (the popup's "Show on page").
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { Claim } from '../engine/claim';
import { copyText } from './copy';
import { t } from './i18n';
import { addVerdictReport, reportFor } from './verdict-reports';
import { claimAsText, type ClaimOnPage } from './what-sources-say';

interface ClaimActionsProps {
  claim: Claim;
  /** The page the claim is on, for the copied text and the report. */
  url: string;
  before?: ComponentChildren;
}

export function ClaimActions({ claim, url, before }: ClaimActionsProps) {
  const row = useRef<HTMLDivElement>(null);
  const [reporting, setReporting] = useState(false);
  const [note, setNote] = useState('');
  const [said, setSaid] = useState('');
  // Where a copy falls back to the copy command: ClaimLens's own root (the card's shadow root), never the page's DOM.
  const copyRoot = () => {
    const root = row.current?.getRootNode();
    return root instanceof ShadowRoot ? root : (row.current ?? undefined);
  };
  return (
    <>
      <div class="actions" ref={row}>
        {before}
        <button
          type="button"
          data-action="copy"
          onClick={() => void copyText(claimAsText(claim as ClaimOnPage, url), copyRoot()).then((ok) => setSaid(ok ? t('copied') : ''))}
        >
          {t('copyClaim')}
        </button>
        <button type="button" data-action="looks-wrong" aria-expanded={reporting} onClick={() => setReporting(!reporting)}>
          {t('looksWrong')}
        </button>
      </div>
      {reporting ? (
        <form
          class="report"
          onSubmit={(e) => {
            e.preventDefault();
            // What the field holds now (typed text may not have gone through onInput yet).
            const typed = ((e.currentTarget as HTMLFormElement).elements.namedItem('note') as HTMLTextAreaElement | null)?.value ?? note;
            void addVerdictReport(reportFor(claim, url, typed)).then(
              () => {
                setReporting(false);
                setSaid(t('looksWrongSaved'));
                row.current?.querySelector<HTMLElement>('[data-action="looks-wrong"]')?.focus();
              },
              () => setSaid(''),
            );
          }}
        >
          <label>
            {t('looksWrongNote')}
            <textarea name="note" rows={2} value={note} onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)} />
          </label>
          <button type="submit">{t('looksWrongSave')}</button>
        </form>
      ) : null}
      <p class="said" role="status">
        {said}
      </p>
    </>
  );
}
