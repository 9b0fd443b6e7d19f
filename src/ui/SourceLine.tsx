import type { Source } from '../facts/schema';
import { t } from './i18n';

/** A source's outlet and date, and a link to it that opens in a new tab. */
export function SourceLine({ source }: { source: Source }) {
  const outlet = source.publisher ?? source.title;
  return (
    <span class="source-line">
      <strong>{outlet}</strong>
      {source.date ? <span class="muted">{` · ${source.date}`}</span> : null}
      {source.translated ? <span class="muted">{` · ${t('translated')}`}</span> : null}
      {source.url ? (
        <>
          {' · '}
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {t('openSource')}
            <span class="visually-hidden">{` ${outlet}`}</span>
          </a>
        </>
      ) : null}
    </span>
  );
}
