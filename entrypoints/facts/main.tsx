import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/base.css';
import '../../src/ui/facts/facts.css';
import { FactsApp } from '../../src/ui/facts/FactsApp';

render(<FactsApp optionsUrl={browser.runtime.getURL('/options.html')} />, document.getElementById('app')!);
