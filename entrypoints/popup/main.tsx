import { render } from 'preact';
import { localizeDocument } from '../../src/ui/i18n';
import { firstRead } from '../../src/ui/popup/first-read';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';

localizeDocument('popupTitle');
void firstRead(window.location.search).then((start) => render(<PopupApp start={start} />, document.getElementById('app')!));
