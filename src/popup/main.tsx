import { render } from 'preact';
import { uiLocale } from '../shared/i18n';
import { App } from './App';
import { resolveTabId } from './tab-id';

document.documentElement.lang = uiLocale();
render(<App tabId={resolveTabId()} />, document.getElementById('app')!);
