/**
 * Scoring the scanner against a labelled set of claim sentences (Node-only; used by `npm run eval`).
 *
 * The labelled sentences are laid out on generated article pages among neutral filler, each page is scanned
 * with the extension's pipeline (`scanHtml`: text blocks, the page's date, the engine), and the claims found
 * are paired with the labels by word overlap. The page layout, the shuffle and the metrics are those of the
 * team's reference scorer (`score.mjs`), so the two give the same figures on the same set.
 */

/** One labelled sentence. */
export interface EvalCase {
  id: string;
  text: string;
  /** Whether the sentence makes a claim about the partnership. */
  about: boolean;
  /** The verdict a claim should get (corroborated | conflicting | mixed | unverified | outdated). */
  verdict?: string;
  /** A sentence placed before it in the same paragraph (not scored). */
  ctx?: string;
  /** A debatable label: placed on the page, not counted in the metrics. */
  lenient?: boolean;
  /** When its page was published (YYYY-MM-DD): the page carries it as article:published_time and a <time>. */
  date?: string;
}

/** A claim as the scanner reports it. */
export interface ScannedClaim {
  text: string;
  verdict: string;
}

export interface Metrics {
  detect_recall: number;
  detect_precision: number;
  verdict_accuracy: number;
  conflict_recall: number;
  conflict_precision: number;
  /** Claims reported on filler or page furniture: a ceiling, not a floor. */
  background_fp: number;
}

export const METRIC_NAMES = [
  'detect_recall',
  'detect_precision',
  'verdict_accuracy',
  'conflict_recall',
  'conflict_precision',
  'background_fp',
] as const;
export type MetricName = (typeof METRIC_NAMES)[number];

export interface Score {
  metrics: Metrics;
  /** One line per error: a missed claim, a false alarm, a wrong verdict, a background claim. */
  misses: string[];
  /**
   * How many scored claim sentences of each labelled verdict got each verdict ('missed' when no claim was found):
   * counts only, so a held-out set can show which kind of error dominates without showing its sentences.
   */
  confusion: Record<string, Record<string, number>>;
}

/** Neutral sentences about nothing in particular: the filler of evaluation pages and of the engine benchmark. */
export const FILLER = [
  'The conference drew a record crowd this year, organisers said.',
  'Analysts will be watching the next quarterly reports closely.',
  'Readers can find more coverage in our technology section.',
  'The report was updated with additional context after publication.',
  'Several smaller startups are also competing for enterprise customers.',
  'Regulators in several countries have opened consultations on the topic.',
  'The company did not respond to a request for comment by press time.',
  'Industry observers expect more announcements in the coming months.',
];

/** Reads a JSON-lines file of cases; a bad line is an error naming its line number. */
export function parseCases(text: string, name: string): EvalCase[] {
  const cases: EvalCase[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let c: EvalCase;
    try {
      c = JSON.parse(line) as EvalCase;
    } catch (e) {
      throw new Error(`${name}:${i + 1}: not JSON (${(e as Error).message})`);
    }
    if (typeof c.id !== 'string' || typeof c.text !== 'string' || typeof c.about !== 'boolean') {
      throw new Error(`${name}:${i + 1}: a case needs id (string), text (string) and about (boolean)`);
    }
    cases.push(c);
  });
  return cases;
}

/** A generated page and the cases it carries. */
export interface EvalPage {
  html: string;
  cases: EvalCase[];
}

/** Lays the cases out on pages, `perPage` to a page, cases of one date together (shuffled with `seed`). */
export function evalPages(cases: EvalCase[], { perPage = 12, seed = 7 } = {}): EvalPage[] {
  const rand = mulberry32(seed);
  const shuffled = [...cases];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const byDate = new Map<string, EvalCase[]>();
  for (const c of shuffled) byDate.set(c.date ?? '', [...(byDate.get(c.date ?? '') ?? []), c]);
  const chunks: EvalCase[][] = [];
  for (const group of byDate.values()) for (let i = 0; i < group.length; i += perPage) chunks.push(group.slice(i, i + perPage));
  return chunks.map((chunk, n) => {
    const paragraphs = chunk.map((c) => `<p>${c.ctx ? escapeHtml(c.ctx) + ' ' : ''}${markup(c.text, rand)}</p>`);
    return { html: page(`Test page ${n + 1}`, paragraphs, chunk[0]?.date), cases: chunk };
  });
}

/**
 * Pairs each page's cases with the claims found there (in `evalPages` order) by word overlap: the claim found for
 * each case id, and the claims paired with no case or context sentence (the page's background).
 */
export function pairClaims(pages: EvalPage[], found: ScannedClaim[][]): { results: Map<string, ScannedClaim>; background: ScannedClaim[] } {
  const results = new Map<string, ScannedClaim>();
  const background: ScannedClaim[] = [];
  pages.forEach((p, n) => {
    const claims = found[n] ?? [];
    const used = new Set<number>();
    for (const c of p.cases) {
      let best = -1;
      let bestScore = 0;
      claims.forEach((cl, i) => {
        if (used.has(i)) return;
        const s = overlap(c.text, cl.text);
        if (s > bestScore) [best, bestScore] = [i, s];
      });
      if (best >= 0 && bestScore >= 0.6) {
        used.add(best);
        results.set(c.id, claims[best]!);
      }
    }
    claims.forEach((cl, i) => {
      if (used.has(i)) return;
      if (p.cases.some((c) => c.ctx && overlap(c.ctx, cl.text) >= 0.6)) return; // context sentences are not scored
      background.push(cl);
    });
  });
  return { results, background };
}

/** Scores the claims found on each page (in `evalPages` order) against the pages' cases. */
export function score(cases: EvalCase[], pages: EvalPage[], found: ScannedClaim[][]): Score {
  const { results, background } = pairClaims(pages, found);
  const about = cases.filter((c) => c.about && !c.lenient);
  const negatives = cases.filter((c) => !c.about);
  const found1 = (c: EvalCase) => results.has(c.id);
  const verdictOf = (c: EvalCase) => (results.get(c.id)?.verdict ?? '').toLowerCase();
  const tp = about.filter(found1).length;
  const falseAlarms = negatives.filter(found1);
  const withVerdict = about.filter((c) => c.verdict && c.verdict !== 'unverified');
  const conflicts = about.filter((c) => c.verdict === 'conflicting');
  const flagged = cases.filter((c) => found1(c) && verdictOf(c) === 'conflicting');
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const metrics: Metrics = {
    detect_recall: ratio(tp, about.length),
    detect_precision: ratio(tp, tp + falseAlarms.length),
    verdict_accuracy: ratio(withVerdict.filter((c) => found1(c) && verdictOf(c) === c.verdict).length, withVerdict.length),
    conflict_recall: ratio(conflicts.filter((c) => found1(c) && verdictOf(c) === 'conflicting').length, conflicts.length),
    conflict_precision: ratio(flagged.filter((c) => c.verdict === 'conflicting').length, flagged.length),
    background_fp: background.length,
  };
  const misses: string[] = [];
  for (const c of about) if (!found1(c)) misses.push(`missed      ${c.id}: ${c.text}`);
  for (const c of falseAlarms) misses.push(`false alarm ${c.id}: ${c.text} -> ${verdictOf(c)}`);
  for (const c of withVerdict)
    if (found1(c) && verdictOf(c) !== c.verdict) misses.push(`verdict     ${c.id}: want ${c.verdict}, got ${verdictOf(c)}: ${c.text}`);
  for (const b of background) misses.push(`background  ${b.text} -> ${b.verdict}`);
  const confusion: Record<string, Record<string, number>> = {};
  for (const c of about) {
    const want = c.verdict ?? 'unverified';
    const got = found1(c) ? verdictOf(c) : 'missed';
    const row = (confusion[want] ??= {});
    row[got] = (row[got] ?? 0) + 1;
  }
  return { metrics, misses, confusion };
}

/** The metrics below their floors (background_fp is a ceiling), as `name=value<floor` strings. */
export function belowFloors(metrics: Metrics, floors: Partial<Record<MetricName, number>>): string[] {
  const out: string[] = [];
  for (const name of METRIC_NAMES) {
    const floor = floors[name];
    if (floor === undefined) continue;
    const v = metrics[name];
    const ok = name === 'background_fp' ? v <= floor : v >= floor;
    if (!ok) out.push(`${name}=${formatMetric(v)}${name === 'background_fp' ? '>' : '<'}${floor}`);
  }
  return out;
}

export const formatMetric = (v: number): string => (Number.isInteger(v) ? String(v) : v.toFixed(3));

/** The confusion counts as lines: `  want conflicting (33): conflicting 15 · corroborated 9 · missed 4 …`. */
export function formatConfusion(confusion: Record<string, Record<string, number>>): string[] {
  return Object.entries(confusion)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([want, row]) => {
      const total = Object.values(row).reduce((a, b) => a + b, 0);
      const cells = Object.entries(row)
        .sort(([, a], [, b]) => b - a)
        .map(([got, n]) => `${got} ${n}`);
      return `  want ${want} (${total}): ${cells.join(' · ')}`;
    });
}

export function formatMetrics(m: Metrics): string {
  return METRIC_NAMES.map((k) => `${k}=${formatMetric(m[k])}`).join(' ');
}

function words(s: string): string[] {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    .split(/[^a-z0-9$%.']+/)
    .map((w) => w.replace(/^[.']+|[.']+$/g, ''))
    .filter(Boolean);
}

/** Share of the case's words that the claim covers, penalised when the claim is much longer. */
export function overlap(caseText: string, claimText: string): number {
  const a = words(caseText);
  const b = new Set(words(claimText));
  if (!a.length || !b.size) return 0;
  const covered = a.filter((w) => b.has(w)).length / a.length;
  const extra = Math.max(0, b.size - new Set(a).size) / Math.max(b.size, 1);
  return covered * (1 - 0.5 * extra);
}

/** Wraps one word in an inline element now and then, as real pages do. */
function markup(text: string, rand: () => number): string {
  const ws = text.split(' ');
  if (ws.length > 6 && rand() < 0.35) {
    const i = 1 + Math.floor(rand() * (ws.length - 2));
    const tag = rand() < 0.5 ? ['<a href="#x">', '</a>'] : ['<strong>', '</strong>'];
    return ws.map((w, j) => (j === i ? tag[0] + escapeHtml(w) + tag[1] : escapeHtml(w))).join(' ');
  }
  return escapeHtml(text);
}

function page(title: string, paragraphs: string[], date: string | undefined): string {
  const body: string[] = [];
  paragraphs.forEach((p, i) => {
    body.push(p);
    body.push(`<p>${FILLER[i % FILLER.length]}</p>`);
  });
  const meta = date ? `<meta property="article:published_time" content="${date}T09:00:00Z">` : '';
  const byline = date ? `By Staff Writer · <time datetime="${date}">${date}</time>` : 'By Staff Writer';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${meta}<title>${title}</title></head>
<body><header><nav><a href="#">Home</a> | <a href="#">Technology</a> | <a href="#">AI</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">${byline}</p>
${body.join('\n')}
</article><aside><h2>Related</h2><ul><li><a href="#">More technology news</a></li></ul></aside></main>
<footer><p>Copyright. All rights reserved.</p></footer></body></html>`;
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function mulberry32(a: number): () => number {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
