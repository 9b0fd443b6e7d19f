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
import { FactPackSchema, type FactPack } from './schema';

export type ParseResult = { ok: true; pack: FactPack } | { ok: false; error: string };

export interface ParseOptions {
  /** A pack the parsed one will be merged onto: its ids are taken, its sources may be cited. */
  base?: FactPack;
}

export function parsePack(json: unknown, options: ParseOptions = {}): ParseResult {
  const parsed = v.safeParse(FactPackSchema, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return { ok: false, error: `${issuePath(issue.path)}: ${issue.message}` };
  }
  const pack = parsed.output;
  const problem = integrityProblem(pack, options.base);
  return problem ? { ok: false, error: problem } : { ok: true, pack };
}

/** Later packs add sources and facts; an id already present is kept from the earlier pack. */
export function mergePacks(...packs: FactPack[]): FactPack {
  const sources = new Map<string, FactPack['sources'][number]>();
  const facts = new Map<string, FactPack['facts'][number]>();
  for (const pack of packs) {
    for (const source of pack.sources) if (!sources.has(source.id)) sources.set(source.id, source);
    for (const fact of pack.facts) if (!facts.has(fact.id)) facts.set(fact.id, fact);
  }
  return {
    version: 1,
    name: packs.map((p) => p.name).filter(Boolean).join(' + '),
    sources: [...sources.values()],
    facts: [...facts.values()],
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

function integrityProblem(pack: FactPack, base: FactPack | undefined): string | null {
  const baseSources = new Set(base?.sources.map((s) => s.id) ?? []);
  const baseFacts = new Set(base?.facts.map((f) => f.id) ?? []);

  const sourceIds = new Set<string>();
  for (const [i, source] of pack.sources.entries()) {
    if (baseSources.has(source.id)) return `sources[${i}].id: "${source.id}" is already a source of the bundled pack`;
    if (sourceIds.has(source.id)) return `sources[${i}].id: duplicate source id "${source.id}"`;
    sourceIds.add(source.id);
  }

  const factIds = new Set<string>();
  for (const [i, fact] of pack.facts.entries()) {
    if (baseFacts.has(fact.id)) return `facts[${i}].id: "${fact.id}" is already a fact of the bundled pack`;
    if (factIds.has(fact.id)) return `facts[${i}].id: duplicate fact id "${fact.id}"`;
    factIds.add(fact.id);
    for (const [j, evidence] of fact.evidence.entries()) {
      if (!sourceIds.has(evidence.source) && !baseSources.has(evidence.source)) {
        return `facts[${i}].evidence[${j}].source: unknown source "${evidence.source}"`;
      }
    }
    for (const [g, group] of fact.keywords.entries()) {
      for (const [t, term] of group.entries()) {
        if (term.trim() === '' || term !== term.toLowerCase()) {
          return `facts[${i}].keywords[${g}][${t}]: keyword terms must be non-empty and lower-case ("${term}")`;
        }
      }
    }
  }
  return null;
}
