/** Performance marks the popup sets (read by `npm run bench:popup`): the tab's result arrived; its claims are on screen. */
export const RESULT_MARK = 'claimlens:popup-result';
export const RENDERED_MARK = 'claimlens:popup-rendered';
