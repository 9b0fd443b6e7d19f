import { TOPICS, type Evidence, type Fact, type FactPack, type Source } from '../../facts/schema';
import { t, tn } from '../i18n';
import { topicName } from '../why';
import { SourceLine } from '../SourceLine';
import { Timeline } from './Timeline';

/** Sources disagree on a fact when some state it and others dispute it. */
export function isDisputed(fact: Fact): boolean {
  return fact.evidence.some((e) => e.stance === 'supports') && fact.evidence.some((e) => e.stance === 'disputes');
}

function EvidenceItems({ items, sources }: { items: Evidence[]; sources: Map<string, Source> }) {
  return (
    <ul class="evidence">
      {items.map((e, i) => {
        const source = sources.get(e.source);
        return (
          <li key={i} data-stance={e.stance}>
            {source ? <SourceLine source={source} /> : <strong>{e.source}</strong>}
            <blockquote>{`“${e.quote}”`}</blockquote>
            {e.note ? <p class="note">{e.note}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

function FactCard({ fact, sources }: { fact: Fact; sources: Map<string, Source> }) {
  const disputed = isDisputed(fact);
  const supports = fact.evidence.filter((e) => e.stance === 'supports');
  const disputes = fact.evidence.filter((e) => e.stance === 'disputes');
  return (
    <article
      class={disputed ? 'fact disputed' : 'fact'}
      id={`fact-${fact.id}`}
      data-fact={fact.id}
      data-disputed={disputed ? '' : undefined}
    >
      <h3>{fact.statement}</h3>
      {disputed ? (
        <p class="disagree">
          <span aria-hidden="true">⚠ </span>
          {t('sourcesDisagree')}
        </p>
      ) : null}
      {fact.era !== 'any' ? <p class="muted">{t(fact.era === 'original' ? 'eraOriginal' : 'eraRevised')}</p> : null}
      {disputed ? <h4>{t('sourcesStating', supports.length)}</h4> : null}
      <EvidenceItems items={supports} sources={sources} />
      {disputes.length > 0 ? (
        <>
          <h4>{t('sourcesDisputing', disputes.length)}</h4>
          <EvidenceItems items={disputes} sources={sources} />
        </>
      ) : null}
    </article>
  );
}

/** Every fact by topic with its sources' own words, disagreements marked; the timeline; the sources. */
export function FactsPage({ pack, optionsUrl }: { pack: FactPack; optionsUrl: string }) {
  const sources = new Map(pack.sources.map((s) => [s.id, s]));
  const topics = TOPICS.filter((topic) => pack.facts.some((f) => f.topic === topic));
  const disputed = pack.facts.filter(isDisputed).length;
  return (
    <div class="facts-page">
      <header>
        <h1>{t('factsTitle')}</h1>
        <p>
          {t('factsIntro', [
            tn('countFacts', pack.facts.length),
            tn('countSources', pack.sources.length),
            tn('factsIntroDisputed', disputed),
          ])}
        </p>
        <nav aria-label={t('topicsNav')}>
          <ul class="toc">
            <li>
              <a href="#timeline-h">{t('timelineNav')}</a>
            </li>
            {topics.map((topic) => (
              <li key={topic}>
                <a href={`#topic-${topic}`}>{topicName(topic)}</a>
              </li>
            ))}
            <li>
              <a href="#sources-h">{t('sourcesHeading')}</a>
            </li>
            <li>
              <a href={optionsUrl} target="_blank" rel="noopener" data-link="options">
                {t('optionsLink')}
              </a>
            </li>
          </ul>
        </nav>
      </header>
      <main>
        <Timeline pack={pack} />
        {topics.map((topic) => (
          <section key={topic} class="topic" aria-labelledby={`topic-${topic}`} data-topic={topic}>
            <h2 id={`topic-${topic}`}>{topicName(topic)}</h2>
            {pack.facts
              .filter((f) => f.topic === topic)
              .map((fact) => (
                <FactCard key={fact.id} fact={fact} sources={sources} />
              ))}
          </section>
        ))}
        <section aria-labelledby="sources-h">
          <h2 id="sources-h">{t('sourcesHeading')}</h2>
          <ul class="sources">
            {pack.sources.map((s) => (
              <li key={s.id} data-source={s.id}>
                <p class="source-title">{s.title}</p>
                <SourceLine source={s} />
                {s.author ? <p class="muted">{s.author}</p> : null}
                {s.note ? <p class="note">{s.note}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
