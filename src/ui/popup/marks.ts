/**
 * Performance marks the popup sets (read by `npm run bench:popup`, with the browser's own
 * first-contentful-paint entry: the popup's static first screen, its header, painted before any script
 * answers; the first render, which shows the counts and the first screenful of claims, replaces it).
 */
/** The tab's result has been read. */
export const RESULT_MARK = 'claimlens:popup-result';
/** The counts and the first screenful of the tab's claims are in the document (the first render). */
export const FIRST_SCREEN_MARK = 'claimlens:popup-first-screen';
/** All of the tab's claims are in the document. */
export const RENDERED_MARK = 'claimlens:popup-rendered';
/** The frame after the first render has been painted (a task after the next animation frame: an upper bound). */
export const FIRST_SCREEN_PAINTED_MARK = 'claimlens:popup-first-screen-painted';
