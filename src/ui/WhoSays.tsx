import type { SourceSide } from './what-sources-say';

/**
 * Who disputes the claim and who agrees, each side with its sources and their first quote: the card's and
 * the popup's "what do the sources say?" lines (src/ui/what-sources-say.ts). Nothing when no other source
 * speaks to the claim.
 */
export function WhoSays({ sides }: { sides: readonly SourceSide[] }) {
  if (sides.length === 0) return null;
  return (
    <ul class="who">
      {sides.map((s) => (
        <li key={s.stance} data-stance={s.stance}>
          <span class="names">{s.names}:</span> <q>{s.quote}</q>
        </li>
      ))}
    </ul>
  );
}
