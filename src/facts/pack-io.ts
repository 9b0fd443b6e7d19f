/**
 * Reading fact packs from untrusted JSON (the bundled pack at build time, packs imported on the options
 * page) and merging them.
 *
 * `parsePack` checks the valibot schema and then what a schema cannot: ids are unique, every evidence
 * cites a source that exists, keyword terms are lower-case. Its error names the first problem's field path
 * (`facts[3].evidence[0].stance`) and what is wrong with it.
 *
 * Imported packs only ever add: `parsePack(json, { base })` rejects a pack that reuses an id of `base`
 * (the bundled pack), and lets its evidence cite `base`'s sources. `mergePacks` never replaces an entry:
 * when an id repeats, the first pack's entry is kept and the later one dropped.
 */
import * as v from 'valibot';
import { shortenAtWord } from '../engine/shorten';
import { FactPackSchema, type FactPack } from './schema';
import { addWords, type VocabularyAdditions } from './vocabulary-schema';

export type ParseResult = { ok: true; pack: FactPack } | { ok: false; error: string };

export interface ParseOptions {
  /** The bundled pack the parsed one will be merged onto: its ids are taken, its sources may be cited. */
  base?: FactPack;
  /** Other imported packs it will be merged with: their ids are taken too, their sources may be cited. */
  others?: readonly FactPack[];
}

export function parsePack(json: unknown, options: ParseOptions = {}): ParseResult {
  const parsed = v.safeParse(FactPackSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    // The value as valibot quotes it may be a whole 2 MB string: only its start is shown.
    const message = issue.received
      ? issue.message.replace(issue.received, () => shortenAtWord(issue.received, QUOTE_LIMIT))
      : issue.message;
    return { ok: false, error: `${issuePath(issue.path)}: ${shortenAtWord(message, MESSAGE_LIMIT)}` };
  }
  const pack = parsed.output;
  const problem = integrityProblem(pack, options);
  return problem ? { ok: false, error: problem } : { ok: true, pack };
}

/** How many characters of a value an error message quotes before it cuts it off with "…". */
export const QUOTE_LIMIT = 60;
/** How many characters of the schema's message an error keeps. */
const MESSAGE_LIMIT = 300;

/** A value quoted in an error message: at most its first QUOTE_LIMIT characters. */
const q = (value: string) => `"${shortenAtWord(value, QUOTE_LIMIT)}"`;

/** Later packs add sources, facts and words; an id already present is kept from the earlier pack. */
export function mergePacks(...packs: FactPack[]): FactPack {
  const sources = new Map<string, FactPack['sources'][number]>();
  const facts = new Map<string, FactPack['facts'][number]>();
  let vocabulary: VocabularyAdditions | undefined;
  for (const pack of packs) {
    for (const source of pack.sources) if (!sources.has(source.id)) sources.set(source.id, source);
    for (const fact of pack.facts) if (!facts.has(fact.id)) facts.set(fact.id, fact);
    if (pack.vocabulary) vocabulary = vocabulary ? addWords(vocabulary, pack.vocabulary) : pack.vocabulary;
  }
  return {
    version: 1,
    name: packs
      .map((p) => p.name)
      .filter(Boolean)
      .join(' + '),
    sources: [...sources.values()],
    facts: [...facts.values()],
    ...(vocabulary ? { vocabulary } : {}),
  };
}

/** `facts[3].evidence[0].stance` from a valibot issue path. */
function issuePath(path: v.IssuePathItem[] | undefined): string {
  if (!path || path.length === 0) return '(pack)';
  let out = '';
  for (const item of path) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * The `i`th source's or fact's id: taken by another pack (`owners`: whose each taken id is), or met before
 * in this one (`seen`, to which it is added when it is neither).
 */
function idProblem(kind: 'source' | 'fact', i: number, id: string, owners: ReadonlyMap<string, string>, seen: Set<string>): string | null {
  const owner = owners.get(id);
  if (owner) return `${kind}s[${i}].id: ${q(id)} is already a ${kind} of ${owner}`;
  if (seen.has(id)) return `${kind}s[${i}].id: duplicate ${kind} id ${q(id)}`;
  seen.add(id);
  return null;
}

function integrityProblem(pack: FactPack, { base, others = [] }: ParseOptions): string | null {
  // Whose each taken id is, to say which pack it clashes with.
  const sourceOwners = new Map<string, string>();
  const factOwners = new Map<string, string>();
  for (const [owner, p] of [
    ...(base ? [['the bundled pack', base] as const] : []),
    ...others.map((o) => [`the imported pack ${q(o.name)}`, o] as const),
  ]) {
    for (const s of p.sources) if (!sourceOwners.has(s.id)) sourceOwners.set(s.id, owner);
    for (const f of p.facts) if (!factOwners.has(f.id)) factOwners.set(f.id, owner);
  }

  const sourceIds = new Set<string>();
  for (const [i, source] of pack.sources.entries()) {
    const problem = idProblem('source', i, source.id, sourceOwners, sourceIds);
    if (problem) return problem;
  }

  const factIds = new Set<string>();
  for (const [i, fact] of pack.facts.entries()) {
    const problem = idProblem('fact', i, fact.id, factOwners, factIds);
    if (problem) return problem;
    for (const [j, evidence] of fact.evidence.entries()) {
      if (!sourceIds.has(evidence.source) && !sourceOwners.has(evidence.source)) {
        return `facts[${i}].evidence[${j}].source: unknown source ${q(evidence.source)}`;
      }
    }
    for (const [g, group] of fact.keywords.entries()) {
      for (const [t, term] of group.entries()) {
        if (term.trim() === '' || term !== term.toLowerCase()) {
          return `facts[${i}].keywords[${g}][${t}]: keyword terms must be non-empty and lower-case (${q(term)})`;
        }
      }
    }
  }
  return null;
}
