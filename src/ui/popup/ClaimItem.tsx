import { useState } from 'preact/hooks';
import type { Claim } from '../../engine/claim';
import { ClaimActions } from '../ClaimActions';
import { t } from '../i18n';
import { EvidenceBySource } from '../SourceLine';
import { VERDICT_SYMBOL, verdictLabel } from '../verdict-display';
import { isSelfQuote, readerReason, selfSourceName, whatSourcesSay, type ClaimOnPage } from '../what-sources-say';
import { WhoSays } from '../WhoSays';

export interface ClaimItemProps {
  claim: Claim;
  /** The claim's index in the tab's list (page order). */
  index: number;
  /** Scroll the page to the claim (sends `reveal-claim` to the tab). */
  onReveal?: (index: number) => void;
  initiallyOpen?: boolean;
  /** The list's one Tab stop (the others are reached with the arrow keys). */
  tabbable?: boolean;
  onFocusRow?: (index: number) => void;
  /** The tab's page, for Copy and for a report. */
  pageUrl?: string;
}

/**
 * One claim of the page: its verdict, its text and the reason, visible at once. The row (one Tab stop for
 * the whole list: arrow keys move between claims) opens what the sources say and shows the claim on the page;
 * open, it offers Show on page, Copy and "This verdict looks wrong".
 */
export function ClaimItem({ claim, index, onReveal, initiallyOpen = false, tabbable = false, onFocusRow, pageUrl = '' }: ClaimItemProps) {
  const c = claim as ClaimOnPage;
  const [open, setOpen] = useState(initiallyOpen);
  const detailsId = `claim-${index}-details`;
  const isSelf = (e: Claim['evidence'][number]) => isSelfQuote(c, e);
  const self = selfSourceName(c);
  return (
    <li class="claim" data-claim={index} data-verdict={claim.verdict}>
      <button
        type="button"
        class="claim-row"
        tabIndex={tabbable ? 0 : -1}
        aria-expanded={open}
        aria-controls={detailsId}
        onFocus={() => onFocusRow?.(index)}
        onClick={() => {
          if (!open) onReveal?.(index);
          setOpen(!open);
        }}
      >
        <span class="verdict" data-v={claim.verdict}>
          <span aria-hidden="true">{VERDICT_SYMBOL[claim.verdict]} </span>
          {verdictLabel(claim.verdict)}
        </span>
        <span class="claim-text">{claim.text}</span>
      </button>
      <p class="reason">{readerReason(c)}</p>
      <div id={detailsId} class="claim-details" hidden={!open}>
        {open ? (
          <>
            <WhoSays sides={whatSourcesSay(c)} />
            {self ? <p class="muted">{t('cardSelfSource', self)}</p> : null}
            <details class="more">
              <summary>{`${t('sourcesSayTitle')} (${claim.evidence.length})`}</summary>
              <EvidenceBySource
                evidence={[...claim.evidence].sort((a, b) => (a.stance === b.stance ? 0 : a.stance === 'conflicts' ? -1 : 1))}
                isSelf={isSelf}
              />
            </details>
            <ClaimActions
              claim={claim}
              url={pageUrl}
              before={
                <button type="button" data-action="reveal" onClick={() => onReveal?.(index)}>
                  {t('showOnPage')}
                </button>
              }
            />
          </>
        ) : null}
      </div>
    </li>
  );
}
