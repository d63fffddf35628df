import { render } from 'preact';
import { uiLocale } from '../shared/i18n';
import { App } from './App';
import { send } from '../shared/send';
import { resolveTabId } from './tab-id';

document.documentElement.lang = uiLocale();
const tabId = resolveTabId();
// Asked before the first render: reading the page is most of the popup's opening time.
const prefetched = tabId.then((id) => {
  const state = send({ type: 'tab.state', tabId: id });
  state.catch(() => {}); // the view reports it when it uses the answer
  return { tabId: id, state };
});
render(<App tabId={tabId} prefetched={prefetched} />, document.getElementById('app')!);
