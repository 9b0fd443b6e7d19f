import { render } from 'preact';
import '../../src/ui/base.css';
import { localizeDocument } from '../../src/ui/i18n';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';

localizeDocument('popupTitle');
render(<PopupApp search={window.location.search} />, document.getElementById('app')!);
