/**
 * The slice of the WebExtension API that tests call inside page.evaluate on an extension page, where the
 * browser's own `browser` namespace exists (Chrome 148+, Firefox). Test files declare it with
 * `declare const browser: ExtensionApi;` so nothing leaks into the extension's own typings.
 */
import type { Tabs } from '../../../src/shared/browser';

export interface ExtensionApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(query: Tabs.QueryQueryInfoType): Promise<Tabs.Tab[]> };
  i18n: { getUILanguage(): string };
  permissions: {
    contains(p: { origins?: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[]; permissions?: string[] }>;
  };
}
