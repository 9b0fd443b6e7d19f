import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/base.css';
import { localizeDocument } from '../../src/ui/i18n';
import '../../src/ui/options/options.css';
import { Options } from '../../src/ui/options/Options';

localizeDocument('optionsPageTitle');
render(<Options factsUrl={browser.runtime.getURL('/facts.html')} />, document.getElementById('app')!);
