/**
 * The hover card: what ClaimLens knows about one claim on the page. Page text and fact text are
 * rendered as text nodes only. Colour is never the only signal: each verdict has a word and an icon.
 */
import type { Claim, SourceEvidence } from '../../engine/claim';
import { t } from '../i18n';
import { sourceHref } from '../source-link';
import { VERDICT_SYMBOL, verdictExplanation, verdictLabel } from '../verdict';

export interface CardProps {
  claim: Claim;
  /** Position of the claim among the page's claims (1-based) and how many there are. */
  position: number;
  total: number;
  /** Unique per card instance, for aria-labelledby / aria-describedby. */
  idPrefix: string;
  onClose: () => void;
}

function outletOf(e: SourceEvidence): string {
  return e.source.publisher?.trim() || t('cardOutletUnknown');
}

function EvidenceItem({ e }: { e: SourceEvidence }) {
  const { source } = e;
  const href = sourceHref(source.url);
  return (
    <li class="evidence" data-stance={e.stance}>
      <blockquote class="quote">{e.quote}</blockquote>
      {e.note ? <p class="note">{e.note}</p> : null}
      <p class="cite">
        <span class="outlet">{outletOf(e)}</span>
        {source.date ? <span class="date"> · {source.date}</span> : null}
        {source.translated ? <span class="translated"> · {t('cardTranslated')}</span> : null}
        {href ? (
          <>
            {' · '}
            <a class="link" href={href} target="_blank" rel="noopener noreferrer">
              {source.title || t('cardReadSource')}
            </a>
          </>
        ) : (
          <span class="title"> · {source.title}</span>
        )}
      </p>
    </li>
  );
}

function EvidenceList({ title, items, stance }: { title: (count: number) => string; items: SourceEvidence[]; stance: string }) {
  if (items.length === 0) return null;
  return (
    <section class="sources" data-stance={stance}>
      <h3>{title(items.length)}</h3>
      <ul>
        {items.map((e, i) => (
          <EvidenceItem key={`${e.source.id}-${i}`} e={e} />
        ))}
      </ul>
    </section>
  );
}

export function Card({ claim, position, total, idPrefix, onClose }: CardProps) {
  const corroborating = claim.evidence.filter((e) => e.stance === 'corroborates');
  const conflicting = claim.evidence.filter((e) => e.stance === 'conflicts');
  const titleId = `${idPrefix}-title`;
  const reasonId = `${idPrefix}-reason`;
  return (
    <div
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={reasonId}
      data-verdict={claim.verdict}
      tabIndex={-1}
    >
      <header class="head">
        <h2 id={titleId} class="verdict">
          <span class="icon" aria-hidden="true">
            {VERDICT_SYMBOL[claim.verdict]}
          </span>{' '}
          {verdictLabel(claim.verdict)}
          <span class="visually-hidden">: {t('cardPositionSpoken', [position, total])}</span>
        </h2>
        <button type="button" class="close" aria-label={t('cardClose')} title={t('cardCloseTitle')} onClick={onClose}>
          ×
        </button>
      </header>
      <p id={reasonId} class="reason">
        {claim.reason || verdictExplanation(claim.verdict)}
      </p>
      <section class="claim">
        <h3>{t('cardOnThisPage')}</h3>
        <blockquote class="quote">{claim.text}</blockquote>
      </section>
      {claim.facts.length > 0 ? (
        <section class="facts">
          <h3>{t(claim.facts.length === 1 ? 'cardMatchedFact' : 'cardMatchedFacts')}</h3>
          <ul>
            {claim.facts.map((f) => (
              <li key={f.id} class="fact">
                {f.statement}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EvidenceList title={(n) => t('cardSourcesCorroborate', n)} items={corroborating} stance="corroborates" />
      <EvidenceList title={(n) => t('cardSourcesConflict', n)} items={conflicting} stance="conflicts" />
      <footer class="foot">
        {t('cardFooter', [position, total])}
      </footer>
    </div>
  );
}
