import { registerClaimCommands } from '../src/background/commands';
import { startBackground } from '../src/background/main';

export default defineBackground(() => {
  startBackground();
  registerClaimCommands();
});
