/** Performance marks the popup sets (read by `npm run bench:popup`). */
/** The tab's result has been read. */
export const RESULT_MARK = 'claimlens:popup-result';
/** All of the tab's claims are in the document. */
export const RENDERED_MARK = 'claimlens:popup-rendered';
/** …and the frame showing them has been painted. */
export const PAINTED_MARK = 'claimlens:popup-painted';
