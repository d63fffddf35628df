import { render } from 'preact';
import { browser } from '../shared/browser';
import { uiLocale } from '../shared/i18n';
import { SidePanelApp } from './SidePanelApp';

document.documentElement.lang = uiLocale();
render(<SidePanelApp api={browser} />, document.getElementById('app')!);
