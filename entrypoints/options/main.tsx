import { render } from 'preact';
import { browser } from 'wxt/browser';
import '../../src/ui/base.css';
import '../../src/ui/options/options.css';
import { Options } from '../../src/ui/options/Options';

render(<Options factsUrl={browser.runtime.getURL('/facts.html')} />, document.getElementById('app')!);
