import { render } from 'preact';
import { localizeDocument } from '../../src/ui/i18n';
import { firstRead } from '../../src/ui/popup/first-read';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';

localizeDocument('popupTitle');
void firstRead(window.location.search).then((start) => {
  const app = document.getElementById('app')!;
  // The static first screen (index.html) goes in the same task as the first render: no empty frame between.
  app.replaceChildren();
  render(<PopupApp start={start} />, app);
});
