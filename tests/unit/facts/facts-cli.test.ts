import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundledPack } from '../../../src/facts/bundled';
import { repoRoot } from './seeds';

const tsx = resolve(repoRoot, 'node_modules/.bin/tsx');
const run = (...args: string[]) => spawnSync(tsx, ['src/cli/facts.ts', ...args], { cwd: repoRoot, encoding: 'utf8' });

describe('facts command', () => {
  it('--json prints exactly one JSON object with the sources and facts', { timeout: 30_000 }, () => {
    const stdout = execFileSync(tsx, ['src/cli/facts.ts', '--json'], { cwd: repoRoot, encoding: 'utf8' });
    const out = JSON.parse(stdout) as { sources: Record<string, unknown>[]; facts: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['sources', 'facts']);
    expect(out.sources.length).toBe(bundledPack.sources.length);
    expect(out.facts.length).toBe(bundledPack.facts.length);
    for (const source of out.sources) {
      for (const key of ['id', 'title', 'publisher', 'date', 'url']) expect(source).toHaveProperty(key);
    }
    for (const fact of out.facts) {
      for (const key of ['id', 'statement', 'topic']) expect(fact).toHaveProperty(key);
      for (const evidence of fact.evidence as Record<string, unknown>[]) {
        expect(Object.keys(evidence)).toEqual(expect.arrayContaining(['source', 'quote', 'stance']));
      }
    }
  });

  it('without --json lists the facts grouped by topic', { timeout: 30_000 }, () => {
    const result = run();
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^valuation \(\d+\)$/m);
    expect(result.stdout).toContain("OpenAI's valuation is over $300 billion.");
  });

  it('refuses an invalid extra pack with the field path on stderr and nothing on stdout', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'facts-cli-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 1, name: 'bad', sources: [], facts: [{ id: 'x' }] }));
    const result = run('--json', '--pack', file);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('facts[0].statement');
  });
});
