import { render } from 'preact';
import { App } from './App';
import { resolveTabId } from './tab-id';

document.documentElement.lang = navigator.language.startsWith('de') ? 'de' : 'en';
render(<App tabId={resolveTabId()} />, document.getElementById('app')!);
