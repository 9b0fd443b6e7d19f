import type { Source } from '../facts/schema';
import { t } from './i18n';
import { sourceHref } from './source-link';

/** A source's outlet (its title where the text names none), date, and a link that opens in a new tab. */
export function SourceLine({ source }: { source: Source }) {
  const outlet = source.publisher ?? source.title;
  const href = sourceHref(source.url);
  return (
    <span class="source-line">
      <strong class="outlet">{outlet}</strong>
      <span class="muted">{` · ${source.date ?? t('dateNotGiven')}`}</span>
      {source.translated ? <span class="muted">{` · ${t('translated')}`}</span> : null}
      {' · '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {t('openSource')}
          <span class="visually-hidden">{` (${outlet})`}</span>
        </a>
      ) : (
        <span class="muted">{t('linkNotGiven')}</span>
      )}
    </span>
  );
}
