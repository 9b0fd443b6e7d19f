/** The engine on the bundled fact pack, as the extension builds it, for tests that ask it about one sentence. */
import { createClaimEngine } from '../../../src/engine/engine';
import { bundledPack } from '../../../src/facts/bundled';

export const bundledEngine = createClaimEngine(bundledPack);

/** The verdict of the first claim on a page of this one sentence (written on `pageDate`, else undated); 'none' without a claim. */
export const verdictOf = (text: string, pageDate?: string) =>
  bundledEngine.scan([text], { pageDate: pageDate ?? null })[0]?.verdict ?? 'none';
