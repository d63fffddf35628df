/** browser.action as the badge needs it: the one place the badge touches the real API. */
import { browser } from '../shared/browser';
import type { BadgeApi } from './badge';

export function browserBadgeApi(): BadgeApi {
  return {
    setBadgeText: (d) => browser.action.setBadgeText(d),
    setBadgeBackgroundColor: (d) => browser.action.setBadgeBackgroundColor(d),
    setTitle: (d) => browser.action.setTitle(d),
  };
}
