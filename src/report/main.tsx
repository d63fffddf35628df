import { render } from 'preact';
import { t, uiLocale } from '../shared/i18n';
import { App } from './App';

document.documentElement.lang = uiLocale().toLowerCase().startsWith('de') ? 'de' : 'en';
document.title = t('reportTitle');
render(<App />, document.getElementById('app')!);
