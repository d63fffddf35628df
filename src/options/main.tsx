import { render } from 'preact';
import { uiLocale } from '../shared/i18n';
import { App } from './App';

document.documentElement.lang = uiLocale().toLowerCase().startsWith('de') ? 'de' : 'en';
render(<App />, document.getElementById('app')!);
