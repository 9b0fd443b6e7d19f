import { useEffect, useState } from 'preact/hooks';
import type { CommandName } from '../../keys';
import { useCommandKeys } from '../command-keys';
import { t, type MessageKey } from '../i18n';
import { verdictLabel } from '../verdict-display';
import { reportsAsJson, validReports, verdictReportsItem, type VerdictReport } from '../verdict-reports';
import type { Verdict } from '../../engine/claim';

/** The verdicts the reader marked as wrong (card or popup): listed, exported as a JSON file, forgotten. */
export function Reports() {
  const [reports, setReports] = useState<VerdictReport[]>([]);
  useEffect(() => {
    void verdictReportsItem.getValue().then((r) => setReports(validReports(r)));
    return verdictReportsItem.watch((r) => setReports(validReports(r)));
  }, []);
  const save = (next: VerdictReport[]) => {
    setReports(next);
    void verdictReportsItem.setValue(next);
  };
  const exportUrl = () => URL.createObjectURL(new Blob([reportsAsJson(reports)], { type: 'application/json' }));
  return (
    <section aria-labelledby="reports-h" data-reports="">
      <h2 id="reports-h">{t('reportsHeading')}</h2>
      <p class="muted">{t('reportsExplain')}</p>
      {reports.length === 0 ? (
        <p>{t('reportsNone')}</p>
      ) : (
        <>
          <ul class="reports">
            {reports.map((r, i) => (
              <li key={`${r.url}|${r.claim}`} data-report="">
                <q>{r.claim}</q>{' '}
                <span class="muted">
                  ({verdictLabel(r.verdict as Verdict)}; {r.url})
                </span>
                {r.note ? <p class="note">{r.note}</p> : null}
                <button type="button" onClick={() => save(reports.filter((_, j) => j !== i))}>
                  {t('reportsRemove')}
                </button>
              </li>
            ))}
          </ul>
          <p class="report-actions">
            <button
              type="button"
              data-export=""
              onClick={() => {
                const a = document.createElement('a');
                a.href = exportUrl();
                a.download = 'claimlens-verdict-reports.json';
                a.click();
                setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
              }}
            >
              {t('reportsExport')}
            </button>{' '}
            <button type="button" onClick={() => save([])}>
              {t('reportsClear')}
            </button>
          </p>
        </>
      )}
    </section>
  );
}

const KEY_WORDS: Record<CommandName, MessageKey> = {
  'next-claim': 'keysNext',
  'previous-claim': 'keysPrevious',
  'toggle-highlights': 'keysToggle',
};

/** The keyboard commands and their keys, as the browser has them. */
export function Keys() {
  const keys = useCommandKeys();
  return (
    <section aria-labelledby="keys-h" data-keys="">
      <h2 id="keys-h">{t('keysHeading')}</h2>
      <ul class="keys-list">
        {(Object.keys(KEY_WORDS) as CommandName[]).map((name) => (
          <li key={name}>
            <kbd>{keys[name] || '—'}</kbd> {t(KEY_WORDS[name])}
          </li>
        ))}
      </ul>
      <p class="muted">{t('keysChange')}</p>
    </section>
  );
}
