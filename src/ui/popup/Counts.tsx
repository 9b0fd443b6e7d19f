import { VERDICTS, type Claim, type Verdict } from '../../engine/claim';
import { VERDICT_SYMBOL, verdictLabel } from '../verdict';
import { t } from '../i18n';

export function countByVerdict(claims: Claim[]): Record<Verdict, number> {
  const counts = { corroborated: 0, conflicting: 0, mixed: 0, outdated: 0, unverified: 0 };
  for (const c of claims) counts[c.verdict] += 1;
  return counts;
}

/** How many claims of each verdict the page makes. */
export function Counts({ claims }: { claims: Claim[] }) {
  const counts = countByVerdict(claims);
  return (
    <section class="counts" aria-label={t('countsLabel')}>
      <p class="total">{t('claimsOnPage', claims.length)}</p>
      <ul>
        {VERDICTS.map((v) => (
          <li key={v} class="verdict" data-v={v}>
            <span aria-hidden="true">{VERDICT_SYMBOL[v]} </span>
            <span data-count={v}>{counts[v]}</span> {verdictLabel(v)}
          </li>
        ))}
      </ul>
    </section>
  );
}
