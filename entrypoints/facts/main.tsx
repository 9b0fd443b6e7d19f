import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/base.css';
import { localizeDocument } from '../../src/ui/i18n';
import '../../src/ui/facts/facts.css';
import { FactsApp } from '../../src/ui/facts/FactsApp';

localizeDocument('factsPageTitle');
render(<FactsApp optionsUrl={browser.runtime.getURL('/options.html')} />, document.getElementById('app')!);
