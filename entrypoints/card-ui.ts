import { cardUi } from '../src/ui/card/card-ui';
import { provideCardUi } from '../src/page/card-ui-loader';

/**
 * The hover card's UI, built apart from the content script and imported by it when a card is first
 * opened (src/page/card-ui-loader.ts): it runs in the content script's isolated world and hands it the UI.
 */
export default defineUnlistedScript(() => provideCardUi(cardUi));
