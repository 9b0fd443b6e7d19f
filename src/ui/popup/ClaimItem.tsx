import { useState } from 'preact/hooks';
import type { Claim, SourceEvidence } from '../../engine/claim';
import { t } from '../i18n';
import { SourceLine } from '../SourceLine';
import { VerdictTag } from '../Verdict';
import { verdictExplanation } from '../verdict';

function EvidenceList({ items, heading, id }: { items: SourceEvidence[]; heading: string; id: string }) {
  return (
    <section class="evidence" aria-labelledby={id}>
      <h3 id={id}>{`${heading} (${items.length})`}</h3>
      {items.length === 0 ? (
        <p class="muted">{t('noSourcesHere')}</p>
      ) : (
        <ul>
          {items.map((e, i) => (
            <li key={i} data-stance={e.stance}>
              <SourceLine source={e.source} />
              <blockquote>{`“${e.quote}”`}</blockquote>
              {e.note ? <p class="note">{e.note}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export interface ClaimItemProps {
  claim: Claim;
  index: number;
  /** Scroll the page to the claim (sends `reveal-claim` to the tab). */
  onReveal?: (index: number) => void;
  initiallyOpen?: boolean;
}

/** One claim of the page: verdict, its text (reveals it on the page), and a disclosure with the sources. */
export function ClaimItem({ claim, index, onReveal, initiallyOpen = false }: ClaimItemProps) {
  const [open, setOpen] = useState(initiallyOpen);
  const detailsId = `claim-${index}-details`;
  const corroborate = claim.evidence.filter((e) => e.stance === 'corroborates');
  const conflict = claim.evidence.filter((e) => e.stance === 'conflicts');
  return (
    <li class="claim" data-claim={index} data-verdict={claim.verdict}>
      <div class="claim-head">
        <VerdictTag verdict={claim.verdict} />
        <button
          type="button"
          class="disclose"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen(!open)}
        >
          <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
          {open ? t('hideSources') : t('showSources')}
        </button>
      </div>
      <button
        type="button"
        class="claim-text"
        title={t('revealClaimTitle')}
        onClick={() => onReveal?.(index)}
      >
        {claim.text}
      </button>
      <div id={detailsId} class="claim-details" hidden={!open}>
        {open ? (
          <>
            <p class="reason">{claim.reason || verdictExplanation(claim.verdict)}</p>
            {claim.facts.length > 0 ? (
              <section class="facts">
                <h3>{t('matchedFact')}</h3>
                <ul>
                  {claim.facts.map((f) => (
                    <li key={f.id} data-fact={f.id}>
                      {f.statement}
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            <EvidenceList items={corroborate} heading={t('sourcesCorroborate')} id={`${detailsId}-c`} />
            <EvidenceList items={conflict} heading={t('sourcesConflict')} id={`${detailsId}-x`} />
          </>
        ) : null}
      </div>
    </li>
  );
}
