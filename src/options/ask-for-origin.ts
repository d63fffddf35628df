import { browser } from '../shared/browser';
import { originPattern } from '../shared/site-access';

/**
 * Asks for the receiver's origin in the rep's click (browsers allow the prompt only there), before any
 * await; false when the rep declined or the URL is not one.
 */
export async function askForOrigin(url: string): Promise<boolean> {
  let pattern: string;
  try {
    pattern = originPattern(url.trim());
  } catch {
    return true; // The background refuses the URL with its own message.
  }
  return browser.permissions.request({ origins: [pattern] });
}
