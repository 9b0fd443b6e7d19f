import { render } from 'preact';
import '../../src/ui/base.css';
import '../../src/ui/popup/popup.css';
import { PopupApp } from '../../src/ui/popup/PopupApp';

render(<PopupApp search={window.location.search} />, document.getElementById('app')!);
