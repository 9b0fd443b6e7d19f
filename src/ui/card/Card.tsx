/**
 * The hover card: what the sources say about one claim on the page, in its first two lines (the engine's
 * reason, then who disputes and who agrees, with dates); the quotes, the page's sentence and the matched
 * facts behind a disclosure; Copy and "This verdict looks wrong". Page text and fact text are rendered as
 * text nodes only. Colour is never the only signal: each verdict has a word and a symbol.
 */
import { useRef } from 'preact/hooks';
import type { Claim, SourceEvidence } from '../../engine/claim';
import { COMMAND_KEYS } from '../../keys';
import { ClaimActions } from '../ClaimActions';
import { t, tn } from '../i18n';
import { EvidenceBySource } from '../SourceLine';
import { dateInWords } from '../source-name';
import { VERDICT_SYMBOL, verdictLabel } from '../verdict-display';
import { isSelfQuote, readerReason, selfSourceName, whatSourcesSay, type ClaimOnPage } from '../what-sources-say';
import { WhoSays } from '../WhoSays';

export interface CardProps {
  claim: Claim;
  /** Position of the claim among the page's claims (1-based) and how many there are. */
  position: number;
  total: number;
  /** Unique per card instance, for aria-labelledby / aria-describedby. */
  idPrefix: string;
  onClose: () => void;
  /** The page's address, for Copy and for a report (defaults to the document's). */
  pageUrl?: string;
  /** Say the claim's position and verdict in a live region (the reader stepped here with the keyboard). */
  announce?: boolean;
  /** When the page says it was written (YYYY-MM-DD), shown beside the sources' dates. */
  pageDate?: string | null;
}

const FOCUSABLE = 'button, a[href], summary, textarea, input, [tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab go round inside the card: focus never falls out to the page behind it. */
function keepFocusInside(e: KeyboardEvent, card: HTMLElement): void {
  if (e.key !== 'Tab') return;
  const items = [...card.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.getClientRects().length > 0);
  if (items.length === 0) return;
  const active = (card.getRootNode() as Document | ShadowRoot).activeElement;
  const first = items[0]!;
  const last = items.at(-1)!;
  if (e.shiftKey && (active === first || active === card)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

/** One card per claim: another claim in the same card starts afresh (no report form left open). */
const SIDE_TITLE = { conflicts: 'cardSourcesConflict', corroborates: 'cardSourcesCorroborate' } as const;

/** The quotes of the sources on one side (disputing or agreeing), under a heading that counts them; nothing when there are none. */
function SourcesOnOneSide(props: {
  stance: SourceEvidence['stance'];
  evidence: readonly SourceEvidence[];
  isSelf: (e: SourceEvidence) => boolean;
}) {
  if (props.evidence.length === 0) return null;
  return (
    <section class="sources" data-stance={props.stance}>
      <h3>{t(SIDE_TITLE[props.stance], props.evidence.length)}</h3>
      <EvidenceBySource evidence={props.evidence} isSelf={props.isSelf} />
    </section>
  );
}

export function Card(props: CardProps) {
  return <CardBody key={`${props.position}|${props.claim.text}`} {...props} />;
}

function CardBody({ claim, position, total, idPrefix, onClose, pageUrl, announce = false, pageDate = null }: CardProps) {
  const c = claim as ClaimOnPage;
  const ref = useRef<HTMLDivElement>(null);
  const titleId = `${idPrefix}-title`;
  const reasonId = `${idPrefix}-reason`;
  const sides = whatSourcesSay(c);
  const self = selfSourceName(c);
  const disputing = c.evidence.filter((e) => e.stance === 'conflicts');
  const agreeing = c.evidence.filter((e) => e.stance === 'corroborates');
  const url = pageUrl ?? (typeof location === 'undefined' ? '' : location.href);
  const isSelf = (e: (typeof c.evidence)[number]) => isSelfQuote(c, e);
  return (
    <div
      ref={ref}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={reasonId}
      data-verdict={claim.verdict}
      data-opened-by={announce ? 'keyboard' : undefined}
      tabIndex={-1}
      onKeyDown={(e) => ref.current && keepFocusInside(e, ref.current)}
    >
      <div class="head">
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
      </div>
      <p id={reasonId} class="reason">
        {readerReason(c)}
      </p>
      <WhoSays sides={sides} />
      {pageDate ? (
        <p class="page-date" data-page-date={pageDate}>
          {t('cardPageDate', dateInWords(pageDate) ?? pageDate)}
        </p>
      ) : null}
      {self ? (
        <p class="self-note" data-self-source="">
          {t('cardSelfSource', self)}
        </p>
      ) : null}
      <details class="more">
        <summary>{`${t('sourcesSayTitle')} (${claim.evidence.length})`}</summary>
        <h3>{t('onThisPage')}</h3>
        <blockquote class="quote page-quote">{claim.text}</blockquote>
        {claim.facts.length > 0 ? (
          <>
            <h3>{tn('cardMatchedFacts', claim.facts.length)}</h3>
            <ul class="facts">
              {claim.facts.map((f) => (
                <li key={f.id} class="fact">
                  {f.statement}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <SourcesOnOneSide stance="conflicts" evidence={disputing} isSelf={isSelf} />
        <SourcesOnOneSide stance="corroborates" evidence={agreeing} isSelf={isSelf} />
      </details>
      <ClaimActions claim={claim} url={url} />
      <p class="visually-hidden" role="status" data-announce="">
        {announce ? t('stepAnnounce', [position, total, verdictLabel(claim.verdict)]) : ''}
      </p>
      <p class="foot">
        <span>{t('claimPosition', [position, total])}</span>
        {' · '}
        {t('cardFooter', [COMMAND_KEYS['next-claim'], COMMAND_KEYS['previous-claim'], COMMAND_KEYS['toggle-highlights']])}
      </p>
    </div>
  );
}
