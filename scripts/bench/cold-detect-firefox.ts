/**
 * The cold reading of cold-detect.ts in Firefox ESR (puppeteer-core over WebDriver BiDi, as the Firefox
 * e2e tests drive it): every page opened in a fresh tab and read once as the popup reads it, beside the
 * same floors measured the same way as in Chromium (an empty script injected into another fresh tab
 * of the page, a message round trip to the background, a bare text read). Firefox runs the engine in
 * its event page.
 */
import { launchFirefox } from '../../test/e2e/support/firefox';
import { startStaticServer } from '../../test/support/static-server.mjs';
import { NEWEST_TAB, readOnce, type BenchBrowser, type ColdReading } from './cold-detect';

export async function timeColdDetectionFirefox(dir: string, files: string[]): Promise<ColdReading[]> {
  const session = await launchFirefox();
  const server = await startStaticServer({ root: dir });
  const out: ColdReading[] = [];
  try {
    // BiDi cannot navigate to moz-extension://: the extension page opens from a link on a loopback page.
    const start = await session.browser.newPage();
    await start.goto(server.url(`/${files[0]}`), { waitUntil: 'load', timeout: 60_000 });
    const ext = await session.openExtensionPage(start, session.popupUrl(0));
    await start.close();
    const b: BenchBrowser = {
      async freshTab(url) {
        const tab = await session.browser.newPage();
        await tab.goto(url, { waitUntil: 'load', timeout: 60_000 }).catch(async (err: unknown) => {
          await tab.close();
          throw err;
        });
        return { tabId: (await ext.evaluate(NEWEST_TAB)) as number, close: () => tab.close() };
      },
      inExtension: (expression) => ext.evaluate(expression),
    };
    for (const file of files) {
      // A page that navigates itself somewhere Firefox refuses (no network here) cannot be read: counted out, not fatal.
      try {
        out.push(await readOnce(b, server.url(`/${file}`), file));
      } catch (err) {
        console.log(`firefox cold read skipped ${file}: ${String(err).split('\n')[0]}`);
      }
    }
  } finally {
    await server.stop();
    await session.close();
  }
  return out;
}
