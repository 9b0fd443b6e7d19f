/**
 * The keyword-group semantics the pack is written for (see /tmp/team/README-facts.md, "Keywords"):
 * a sentence speaks to a fact when every group has a term that hits one of the sentence's words.
 * A term of letters is a stem: it hits any word starting with it ("invest" hits "investment").
 * A term starting with a digit or "%" hits only that whole token ("20" does not hit "2030").
 * Hyphenated words count whole and by their parts; "%" is a token of its own.
 */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/%/g, ' % ')
    .split(/[^a-z0-9%-]+/)
    .filter(Boolean)
    .flatMap((w) => (w.includes('-') ? [w, ...w.split('-').filter(Boolean)] : [w]));
}

export function passesKeywords(keywords: string[][], text: string): boolean {
  const ws = words(text);
  const hits = (term: string) => (/^[0-9%]/.test(term) ? ws.includes(term) : ws.some((w) => w.startsWith(term)));
  return keywords.every((group) => group.some(hits));
}
