/**
 * Plain text to the clipboard, from a click. The Clipboard API where the page allows it (extension pages,
 * https pages); otherwise a text area inside ClaimLens's own root (the card's shadow root, never the page's
 * DOM) and the copy command. Resolves to whether it worked; never throws.
 */
export async function copyText(text: string, root?: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Not allowed here (an http page, no focus): the copy command below.
  }
  if (!root) return false;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.setProperty('position', 'fixed');
  area.style.setProperty('opacity', '0');
  const back = (root.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
  root.appendChild(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    back?.focus({ preventScroll: true });
  }
}
