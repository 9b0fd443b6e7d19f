/**
 * The layers, as lint enforces them (eslint.config.js): the engine and the fact base are the pure core and
 * import nothing of the page, the UI, the background, the command-line tools, the settings or the per-tab store;
 * the page and the UI import nothing of the background (what they share with it lives at src/).
 */
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });

async function refused(file: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath: file });
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports');
}

describe('the layers', () => {
  it('refuse an import that runs up from the engine or the fact base', async () => {
    expect(await refused('src/engine/example.ts', "import { x } from '../page/card';")).toBe(true);
    expect(await refused('src/engine/example.ts', "import { x } from '../ui/verdict';")).toBe(true);
    expect(await refused('src/facts/example.ts', "import { x } from '../settings';")).toBe(true);
    expect(await refused('src/facts/example.ts', "import { x } from '../background/engine-host';")).toBe(true);
    expect(await refused('src/engine/example.ts', "import { x } from '../cli/scan';")).toBe(true);
    expect(await refused('src/engine/example.ts', "import { x } from '../tab-results';")).toBe(true);
  });

  it('refuse an import of the background from the UI or the page', async () => {
    expect(await refused('src/ui/popup/example.ts', "import { x } from '../../background/tab-results';")).toBe(true);
    expect(await refused('src/ui/example.ts', "import { x } from '../background/badge';")).toBe(true);
    expect(await refused('src/page/example.ts', "import { x } from '../background/engine-host';")).toBe(true);
  });

  it('let the core import itself, and the adapters import the core', async () => {
    expect(await refused('src/engine/example.ts', "import { x } from '../facts/schema';")).toBe(false);
    expect(await refused('src/facts/example.ts', "import { x } from '../stored-item';")).toBe(false);
    expect(await refused('src/page/example.ts', "import { x } from '../engine/claim';")).toBe(false);
    expect(await refused('src/ui/example.ts', "import { x } from '../settings';")).toBe(false);
    expect(await refused('src/ui/popup/example.ts', "import { x } from '../../tab-results';")).toBe(false);
    expect(await refused('src/background/example.ts', "import { x } from '../tab-results';")).toBe(false);
  });
});
