/**
 * The popup lists a screenful of claims in its first render and the rest after: after the first frame has
 * been painted. Chromium shows an extension popup only once its document has loaded and its size is known, and
 * then paints its first frame; work started before that (listing 100 claims: tens of ms) holds that first frame
 * back. So the rest waits for the browser's own first-contentful-paint entry, not for an animation frame (which
 * may come before the popup is shown), or `wait` ms when the browser reports none.
 */
export function afterFirstPaint(then: () => void, wait = 250): () => void {
  let done = false;
  let observer: PerformanceObserver | null = null;
  const timer = setTimeout(() => finish(), wait);
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    observer?.disconnect();
    // In a task of its own: the frame is out before the work starts.
    setTimeout(then, 0);
  };
  if (performance.getEntriesByName('first-contentful-paint').length > 0) finish();
  else if (typeof PerformanceObserver === 'function' && PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) finish();
    });
    observer.observe({ type: 'paint', buffered: true });
  }
  return () => {
    done = true;
    clearTimeout(timer);
    observer?.disconnect();
  };
}
