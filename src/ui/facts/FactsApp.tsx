import { useEffect, useState } from 'preact/hooks';
import { loadActivePack, watchExtraPacks } from '../../facts/active-pack';
import type { FactPack } from '../../facts/schema';
import { FactsPage } from './FactsPage';

/** The Facts page with the facts in use: bundled plus imported packs, following imports live. */
export function FactsApp({ optionsUrl }: { optionsUrl: string }) {
  const [pack, setPack] = useState<FactPack | null>(null);
  useEffect(() => {
    const load = () => void loadActivePack().then(setPack);
    load();
    return watchExtraPacks(load);
  }, []);
  return pack ? <FactsPage pack={pack} optionsUrl={optionsUrl} /> : null;
}
