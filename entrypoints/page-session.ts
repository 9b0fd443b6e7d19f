import { useAddedNames } from '../src/engine/candidate-blocks';
import { PageSession } from '../src/page/session';
import { provideSession } from '../src/page/session-loader';

/**
 * The page's session, built apart from the content script and imported by it when the page's gate first
 * finds a party's name (src/page/session-loader.ts): it runs in the content script's isolated world.
 */
export default defineUnlistedScript(() => provideSession({ PageSession, useAddedNames }));
