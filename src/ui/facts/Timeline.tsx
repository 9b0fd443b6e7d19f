import type { FactPack } from '../../facts/schema';
import { t, tn } from '../i18n';
import { layoutTimeline, timelineEvents, TIMELINE_FROM, TIMELINE_TO } from './timeline-layout';

/**
 * The timeline as a picture (SVG drawn with Preact elements: role="img" with a name), followed by
 * the same events as a text list for readers who can't see it.
 * Contrast: axis and text #1F2328 on white 15.80; dots #1A5FB4 6.29; leader lines #8C959F 2.97 (decorative).
 */
export function Timeline({ pack }: { pack: FactPack }) {
  const events = timelineEvents(pack);
  const layout = layoutTimeline(events);
  const label = t('timelineLabel', [TIMELINE_FROM, TIMELINE_TO, tn('countDatedEvents', events.length)]);
  return (
    <section class="timeline" aria-labelledby="timeline-h">
      <h2 id="timeline-h">{t('timelineHeading', [TIMELINE_FROM, TIMELINE_TO])}</h2>
      {/* At its own size, scrolling sideways on a narrow screen rather than shrinking its text away. */}
      <div class="timeline-scroll" tabIndex={0} role="region" aria-label={label}>
        <svg
          role="img"
          aria-label={label}
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          width="100%"
          data-timeline=""
          xmlns="http://www.w3.org/2000/svg"
        >
          <line x1={layout.years[0]?.x} x2={layout.years.at(-1)?.x} y1={layout.axisY} y2={layout.axisY} stroke="#1F2328" stroke-width={2} />
          {layout.years.map((y) => (
            <g key={y.year} data-year={y.year}>
              <line x1={y.x} x2={y.x} y1={layout.axisY - 6} y2={layout.axisY + 6} stroke="#1F2328" />
              {y.year <= TIMELINE_TO ? (
                <text x={y.x + 4} y={layout.axisY - 12} font-size="13" fill="#1F2328">
                  {String(y.year)}
                </text>
              ) : null}
            </g>
          ))}
          {layout.events.map((e) => (
            <g key={e.factId} data-event={e.factId}>
              <title>{`${e.date} ${e.label}`}</title>
              <line x1={e.x} x2={e.x} y1={layout.axisY} y2={e.y - 4} stroke="#8C959F" stroke-dasharray="2 3" />
              <circle cx={e.x} cy={layout.axisY} r={5} fill="#1A5FB4" />
              <circle cx={e.x} cy={e.y - 4} r={3} fill="#1A5FB4" />
              <text x={e.anchor === 'start' ? e.x + 8 : e.x - 8} y={e.y} font-size="12" fill="#1F2328" text-anchor={e.anchor}>
                {e.lines.map((line, i) => (
                  <tspan key={i} x={e.anchor === 'start' ? e.x + 8 : e.x - 8} dy={i === 0 ? 0 : 15}>
                    {i === 0 && line.startsWith(e.date) ? (
                      <>
                        <tspan font-weight="600">{e.date}</tspan>
                        {line.slice(e.date.length)}
                      </>
                    ) : (
                      line
                    )}
                  </tspan>
                ))}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <h3>{t('timelineListHeading')}</h3>
      <ol class="timeline-list">
        {events.map((e) => (
          <li key={e.factId}>
            <time dateTime={e.date}>{e.date}</time>
            {' — '}
            <a href={`#fact-${e.factId}`}>{e.label}</a>
          </li>
        ))}
      </ol>
    </section>
  );
}
