import { VERDICTS, type Claim, type Verdict } from '../../engine/claim';
import { NEEDS_ATTENTION } from '../../attention';
import { t } from '../i18n';
import { VERDICT_SYMBOL, VERDICTS_BY_ATTENTION, verdictLabel, verdictSummary } from '../verdict-display';
import { pageSourceOf } from '../what-sources-say';

export function countByVerdict(claims: readonly Claim[]): Record<Verdict, number> {
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const c of claims) counts[c.verdict] += 1;
  return counts;
}

/** What to list: every claim, or those of one verdict. */
export type Filter = Verdict | 'all';

/**
 * The page's verdict, first: what matters for trusting this article ("1 claim disputed by the sources ·
 * sources disagree on 1 · 21 agree with the sources · 3 not in the sources"), and whether the page is one
 * of ClaimLens's own sources (then its agreeing claims only agree with themselves).
 */
export function PageVerdict({ claims }: { claims: readonly Claim[] }) {
  const counts = countByVerdict(claims);
  const parts = VERDICTS_BY_ATTENTION(VERDICTS)
    .filter((v) => counts[v] > 0)
    .map((v) => ({ v, text: verdictSummary(v, counts[v]) }));
  const calm = NEEDS_ATTENTION.every((v) => counts[v] === 0);
  const self = pageSourceOf(claims);
  return (
    <section class="page-verdict" aria-labelledby="page-verdict-h">
      <h2 id="page-verdict-h" class="summary">
        {calm ? <span class="calm">{t('summaryNoneDisputed')}</span> : null}
        {parts.map(({ v, text }, i) => (
          <span key={v} data-summary={v} class={NEEDS_ATTENTION.includes(v) ? 'verdict' : undefined} data-v={v}>
            {calm || i > 0 ? ' · ' : ''}
            {text}
          </span>
        ))}
      </h2>
      {self ? (
        <p class="page-source" data-page-source={self.id}>
          {t('pageIsSource', self.name)}
        </p>
      ) : null}
    </section>
  );
}

/** The counts, each a button that lists only its claims (pressed again, or "All": every claim). */
export function Filters({ claims, filter, onFilter }: { claims: readonly Claim[]; filter: Filter; onFilter: (f: Filter) => void }) {
  const counts = countByVerdict(claims);
  return (
    <div class="filters" role="group" aria-label={t('filterLabel')}>
      <button type="button" data-filter="all" aria-pressed={filter === 'all'} onClick={() => onFilter('all')}>
        {t('filterAll', claims.length)}
      </button>
      {VERDICTS_BY_ATTENTION(VERDICTS).map((v) => (
        <button
          key={v}
          type="button"
          class="verdict"
          data-v={v}
          data-filter={v}
          aria-pressed={filter === v}
          disabled={counts[v] === 0}
          onClick={() => onFilter(filter === v ? 'all' : v)}
        >
          <span aria-hidden="true">{VERDICT_SYMBOL[v]} </span>
          {verdictLabel(v)} (<span data-count={v}>{counts[v]}</span>)
        </button>
      ))}
    </div>
  );
}
