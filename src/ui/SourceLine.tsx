import type { SourceEvidence } from '../engine/claim';
import type { Source } from '../facts/schema';
import { t } from './i18n';
import { dateInWords, missingParts, outletName } from './source-name';
import { sourceHref } from './source-link';

/**
 * A source as the card, the popup and the Facts page all name it: outlet (its title where the text names
 * none), date in words, "translated", a link that opens in a new tab, and what it lacks, said once and
 * quietly. `self`: the source is the page being read.
 */
export function SourceLine({ source, self = false }: { source: Source; self?: boolean }) {
  const outlet = outletName(source);
  const href = sourceHref(source.url);
  const date = dateInWords(source.date);
  const missing = missingParts(source);
  return (
    <span class="source-line">
      <span class="outlet">{outlet}</span>
      {self ? <span class="self">{` (${t('thisPage')})`}</span> : null}
      {date ? <span class="date">{`, ${date}`}</span> : null}
      {source.translated ? <span class="muted">{` · ${t('translated')}`}</span> : null}
      {href ? (
        <>
          {' · '}
          <a href={href} target="_blank" rel="noopener noreferrer">
            {t('openSource')}
            <span class="visually-hidden">{` (${outlet})`}</span>
          </a>
        </>
      ) : null}
      {missing ? <span class="muted missing">{` · ${missing}`}</span> : null}
    </span>
  );
}

/** Quotes grouped by their source, in first-seen order: each source named once, its quotes under it. */
export function bySource(evidence: readonly SourceEvidence[]): { source: Source; items: SourceEvidence[] }[] {
  const groups: { source: Source; items: SourceEvidence[] }[] = [];
  for (const e of evidence) {
    const g = groups.find((x) => x.source.id === e.source.id);
    if (g) g.items.push(e);
    else groups.push({ source: e.source, items: [e] });
  }
  return groups;
}

/**
 * The quotes of one stance, each source named once (the same line everywhere) with its quotes below.
 * `isSelf` marks the page's own words.
 */
export function EvidenceBySource({ evidence, isSelf }: { evidence: readonly SourceEvidence[]; isSelf?: (e: SourceEvidence) => boolean }) {
  return (
    <ul class="by-source">
      {bySource(evidence).map(({ source, items }) => (
        <li key={source.id} data-source={source.id}>
          <SourceLine source={source} self={items.some((e) => isSelf?.(e))} />
          {items.map((e, i) => (
            <div key={i} class="quoted" data-stance={e.stance}>
              <blockquote class="quote">{`“${e.quote}”`}</blockquote>
              {e.note ? <p class="note">{e.note}</p> : null}
            </div>
          ))}
        </li>
      ))}
    </ul>
  );
}
