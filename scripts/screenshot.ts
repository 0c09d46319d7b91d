// `npm run screenshot`: regenerates docs/demo.png, the README's picture of the demo signup page
// with a typo caught, from the real proxy, the built bundle and Chromium.
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/support/chromium.js';
import { startStack } from '../test/e2e/stack.js';

const stack = await startStack();
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage({
    viewport: { width: 900, height: 640 },
    deviceScaleFactor: 2,
  });
  await page.goto(`${stack.siteUrl}/?key=test`);
  await page.waitForFunction(() => customElements.get('email-check') !== undefined);
  await page.fill('#name', 'Jane Doe');
  await page.click('#email');
  await page.keyboard.type('jane@gmial.com', { delay: 20 });
  await page.locator('email-check [part="suggestion"]').waitFor();
  await page.screenshot({ path: 'docs/demo.png' });
  console.log('wrote docs/demo.png');
} finally {
  await browser.close();
  await stack.stop();
}
