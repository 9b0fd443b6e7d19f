/**
 * `npm run eval:mutate`: the mutation harness. Every sentence labelled corroborated in the sets whose misses may be
 * read (dev, heldout, real-dev, fresh-2026-12c/d/e; never the held-out sets) that the engine corroborates is changed
 * in one detail a matched fact states (src/cli/mutations.ts); each mutant is scanned as `npm run eval` scans (on a
 * generated page among filler, with its case's date and context) and should be disputed. The "outdated" family
 * tells the sources' statements of the old terms in the present on a page of 2024, and should be outdated. The
 * "compound" family joins two such true sentences into one (src/cli/compounds.ts: ", while", "; meanwhile,", ", and",
 * ", which …,", "Besides …ing …,") with one clause's mutant that is disputed on its own: the sentence should be
 * disputed, its reason naming that clause, never the true one; "compound-true" joins them unchanged: never disputed.
 *
 *   npm run eval:mutate                      counts per mutation kind (conflicting / corroborated / other)
 *   npm run eval:mutate -- --failures        and every mutant that was not judged as it should be
 *   npm run eval:mutate -- --kind figure     only one kind
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledPack } from '../facts/bundled';
import type { Fact } from '../facts/schema';
import { evalPages, pairClaims, parseCases, type EvalCase, type ScannedClaim } from './eval-score';
import { JOINTS, joinClauses, joinable, type Joint } from './compounds';
import { mutants, presentTense, type Mutant } from './mutations';
import { scanHtml } from './scan';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The sets whose misses have been read: never a held-out set. */
const READABLE = [
  'dev-claims.jsonl',
  'heldout-claims.jsonl',
  'real-dev.jsonl',
  'fresh-2026-12c.jsonl',
  'fresh-2026-12d.jsonl',
  'fresh-2026-12e.jsonl',
];
const OLD_PAGE_DATE = '2024-06-01';

interface Scanned {
  claim: ScannedClaim & { facts?: string[]; reason?: string };
  case: EvalCase;
}

/** Scans the cases as `npm run eval` does: the claim found for each case id (absent: missed). */
function scanCases(cases: EvalCase[]): Map<string, Scanned> {
  const pages = evalPages(cases);
  const found = pages.map((p) => scanHtml(p.html).claims);
  const { results } = pairClaims(pages, found);
  const out = new Map<string, Scanned>();
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const [id, claim] of results) out.set(id, { claim, case: byId.get(id)! });
  return out;
}

interface Row {
  kind: string;
  want: string;
  id: string;
  change: string;
  text: string;
  got: string;
  reason: string;
  /** A compound's true clause (its reason must not name it). */
  other?: string;
}

/** Does a reason name this clause (its first words, as the engine quotes a clause)? */
function namesClause(reason: string, clause: string): boolean {
  const words = clause
    .replace(/^[,;\s]+/u, '')
    .split(/\s+/u)
    .slice(0, 5)
    .join(' ');
  return words.length > 0 && reason.includes(words);
}

function main(argv: string[]): number {
  const showFailures = argv.includes('--failures');
  const only = argv.includes('--kind') ? argv[argv.indexOf('--kind') + 1] : undefined;
  const facts = new Map<string, Fact>(bundledPack.facts.map((f) => [f.id, f]));
  const cases = READABLE.flatMap((file) =>
    parseCases(readFileSync(join(ROOT, 'tests/fixtures/eval', file), 'utf8'), file)
      .filter((c) => c.about && c.verdict === 'corroborated')
      .map((c) => ({ ...c, id: `${file.replace(/\.jsonl$/, '')}/${c.id}` })),
  );
  const base = scanCases(cases);
  const mutantCases: EvalCase[] = [];
  const meta = new Map<string, { kind: string; want: string; change: string; of: string; other?: string }>();
  const ofCase = new Map<string, { id: string; m: Mutant }[]>();
  const truths: EvalCase[] = [];
  let corroborated = 0;
  for (const c of cases) {
    const got = base.get(c.id);
    if (got?.claim.verdict !== 'corroborated') continue;
    corroborated++;
    if (!c.ctx && !c.date && joinable(c.text)) truths.push(c);
    const matched = (got.claim.facts ?? []).map((id) => facts.get(id)).filter((f): f is Fact => !!f);
    mutants(c.text, matched, bundledPack.facts).forEach((m: Mutant, i) => {
      const id = `${c.id}~${m.kind}${i}`;
      mutantCases.push({ id, text: m.text, about: true, ...(c.ctx ? { ctx: c.ctx } : {}), ...(c.date ? { date: c.date } : {}) });
      meta.set(id, { kind: m.kind, want: 'conflicting', change: m.change, of: c.id });
      ofCase.set(c.id, [...(ofCase.get(c.id) ?? []), { id, m }]);
    });
  }
  let n = 0;
  for (const f of bundledPack.facts) {
    if (f.era !== 'original') continue;
    for (const statement of [f.statement, ...(f.paraphrases ?? [])]) {
      const text = presentTense(statement);
      if (!text) continue;
      const id = `outdated/${f.id}/${n++}`;
      mutantCases.push({ id, text, about: true, date: OLD_PAGE_DATE });
      meta.set(id, { kind: 'outdated', want: 'outdated', change: `${f.id} told on ${OLD_PAGE_DATE}`, of: f.id });
    }
  }
  const single = mutantCases.filter((c) => !only || meta.get(c.id)!.kind === only || only.startsWith('compound'));
  const scanned = scanCases(single);
  // Compounds: each true sentence joined to the next that fits the joint, the joints taken in turn; one clause's
  // mutant (the first the engine disputes on its own) at a time.
  const compounds: EvalCase[] = [];
  truths.forEach((a, i) => {
    const joint: Joint = JOINTS[i % JOINTS.length]!;
    let pair: { b: EvalCase; j: Joint } | null = null;
    for (let k = 1; k < truths.length && !pair; k++) {
      const b = truths[(i + k) % truths.length]!;
      if (b !== a && joinClauses(a.text, b.text, joint)) pair = { b, j: joint };
    }
    // (A relative or fronted clause no other sentence fits: the next sentence, after a plain joint in turn.)
    pair ??= { b: truths[(i + 1) % truths.length]!, j: JOINTS[i % 3]! };
    const { b, j } = pair;
    const base = joinClauses(a.text, b.text, j)!;
    const id = `compound-true/${a.id}+${b.id}`;
    compounds.push({ id, text: base.text, about: true });
    meta.set(id, { kind: 'compound-true', want: 'corroborated', change: `${j}`, of: `${a.id} + ${b.id}` });
    for (const [side, c] of [
      ['a', a],
      ['b', b],
    ] as const) {
      const caught = (ofCase.get(c.id) ?? []).find((x) => scanned.get(x.id)?.claim.verdict === 'conflicting');
      if (!caught) continue;
      const joined = side === 'a' ? joinClauses(caught.m.text, b.text, j) : joinClauses(a.text, caught.m.text, j);
      if (!joined) continue;
      const span = side === 'a' ? joined.b : joined.a;
      const mid = `compound/${a.id}+${b.id}~${side}`;
      compounds.push({ id: mid, text: joined.text, about: true });
      meta.set(mid, {
        kind: 'compound',
        want: 'conflicting',
        change: `${j}, clause ${side === 'a' ? 1 : 2} of 2 (${caught.m.kind}): ${caught.m.change}`,
        of: `${a.id} + ${b.id}`,
        other: joined.text.slice(span[0], span[1]),
      });
    }
  });
  const chosen = [...single, ...compounds].filter((c) => !only || meta.get(c.id)!.kind === only);
  for (const [id, s] of scanCases(compounds)) scanned.set(id, s);
  const rows: Row[] = chosen.map((c) => {
    const m = meta.get(c.id)!;
    const s = scanned.get(c.id);
    return {
      kind: m.kind,
      want: m.want,
      id: m.of,
      change: m.change,
      text: c.text,
      got: s?.claim.verdict ?? 'missed',
      reason: s?.claim.reason ?? '',
      ...(m.other ? { other: m.other } : {}),
    };
  });
  console.log(
    `${cases.length} corroborated cases in the readable sets, ${corroborated} corroborated by the engine; ${rows.length} mutants`,
  );
  const kinds = [...new Set(rows.map((r) => r.kind))];
  for (const kind of kinds) {
    const of = rows.filter((r) => r.kind === kind);
    const want = of[0]!.want;
    const counts = new Map<string, number>();
    for (const r of of) counts.set(r.got, (counts.get(r.got) ?? 0) + 1);
    const caught = counts.get(want) ?? 0;
    const cells = [...counts].sort(([, a], [, b]) => b - a).map(([v, k]) => `${v} ${k}`);
    const wrongClause = of.filter((r) => r.got === 'conflicting' && r.other && r.want === 'conflicting' && namesClause(r.reason, r.other));
    const naming = wrongClause.length ? ` · ${wrongClause.length} naming the true clause` : '';
    console.log(
      `${kind.padEnd(9)} (${of.length}, want ${want}): ${caught}/${of.length} = ${(caught / of.length).toFixed(2)} · ${cells.join(' · ')}${naming}`,
    );
  }
  for (const joint of JOINTS) {
    const of = rows.filter((r) => r.kind.startsWith('compound') && r.change.startsWith(joint));
    if (!of.length) continue;
    const cells = ['compound', 'compound-true'].map((k) => {
      const rs = of.filter((r) => r.kind === k);
      return `${k} ${rs.filter((r) => r.got === r.want).length}/${rs.length}`;
    });
    console.log(`  ${joint.padEnd(9)} ${cells.join(' · ')}`);
  }
  if (showFailures)
    for (const r of rows.filter((r) => r.got !== r.want))
      console.log(`\n[${r.kind} → ${r.got}] ${r.id}: ${r.change}\n  ${r.text}\n  ${r.reason}`);
  if (showFailures)
    for (const r of rows.filter((r) => r.got === 'conflicting' && r.want === 'conflicting' && r.other && namesClause(r.reason, r.other)))
      console.log(`\n[${r.kind} names the true clause] ${r.id}: ${r.change}\n  ${r.text}\n  ${r.reason}`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
