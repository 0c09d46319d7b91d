import { existsSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signVerdictToken } from '../../proxy/tokens/index.js';
import { chromiumArgs, chromiumPath } from '../support/chromium.js';
import { keys, startStack, tokenSecret, type Stack } from './stack.js';

// The whole product as a person meets it: the demo signup page in Chromium, the built script-tag
// bundle served by a real proxy on another origin, and a backend that verifies verdict tokens.

const shots = 'test-output/e2e';
/** How long a poll waits for the page to catch up. */
const poll = { timeout: 5_000, interval: 50 };
let browser: Browser;
let stack: Stack;

beforeAll(async () => {
  if (!existsSync('dist/bundle/email-check.iife.js')) {
    execFileSync('node', ['scripts/build.js'], { stdio: 'inherit' });
  }
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  stack = await startStack();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage();
  // Fail in seconds with the locator's name rather than at the test's timeout.
  page.setDefaultTimeout(5_000);
  return page;
}

async function openSignup(query = '?key=test'): Promise<Page> {
  const page = await newPage();
  await page.goto(`${stack.siteUrl}/${query}`);
  await page.waitForFunction(() => customElements.get('email-check') !== undefined);
  await page.fill('#name', 'Jane Doe');
  await page.fill('#password', 'correct horse battery');
  return page;
}

/** Types like a person (real key events), then leaves the field so the check runs at once. */
async function typeEmail(page: Page, email: string) {
  await page.click('#email');
  await page.keyboard.type(email, { delay: 15 });
  await page.keyboard.press('Tab');
}

const message = (page: Page) => page.locator('email-check [part="message"]').first();
const token = (page: Page) =>
  page.locator('input[name="email_check_token"]').first().inputValue({ timeout: 5_000 });

async function submitAndRead(page: Page) {
  await Promise.all([page.waitForURL('**/demo/signup'), page.click('button[type="submit"]')]);
  const result = page.locator('#result');
  return {
    state: await result.getAttribute('data-state'),
    token: await result.getAttribute('data-token'),
    verdict: await page.locator('#result-verdict').textContent(),
  };
}

describe('the demo signup page', { timeout: 30_000 }, () => {
  it('offers a correction for a typo and takes it when the person accepts', async () => {
    const page = await openSignup();
    await typeEmail(page, 'jane@gmial.com');
    const accept = page.locator('email-check [part="suggestion"] [part="accept"]');
    await expect.poll(() => accept.textContent(), poll).toContain('jane@gmail.com');
    await page.screenshot({ path: `${shots}/typo-suggestion.png` });
    await accept.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.inputValue('#email'), poll).toBe('jane@gmail.com');
    await page.close();
  });

  it('blocks an undeliverable address and says why', async () => {
    const page = await openSignup();
    await typeEmail(page, 'undeliverable@example.com');
    await expect.poll(() => message(page).textContent(), poll).toContain('cannot receive email');
    await page.click('button[type="submit"]');
    await page.waitForTimeout(300);
    expect(page.url()).not.toContain('/demo/signup');
    await page.screenshot({ path: `${shots}/undeliverable-blocked.png` });
    await page.close();
  });

  it('blocks a disposable address', async () => {
    const page = await openSignup();
    await typeEmail(page, 'disposable@example.com');
    await expect.poll(() => message(page).textContent(), poll).toContain('disposable');
    await page.click('button[type="submit"]');
    await page.waitForTimeout(300);
    expect(page.url()).not.toContain('/demo/signup');
    await page.screenshot({ path: `${shots}/disposable-blocked.png` });
    await page.close();
  });

  it('lets an address the proxy could not judge through, and the backend accepts its token', async () => {
    const page = await openSignup();
    await typeEmail(page, 'unknown@example.com');
    await expect.poll(() => token(page), poll).not.toBe('');
    const result = await submitAndRead(page);
    expect(result).toEqual({ state: 'accepted', token: 'valid', verdict: 'unknown' });
    await page.screenshot({ path: `${shots}/unknown-accepted.png` });
    await page.close();
  });

  it('submits a deliverable address with a token the backend accepts', async () => {
    const page = await openSignup();
    await typeEmail(page, 'deliverable@example.com');
    await expect.poll(() => token(page), poll).not.toBe('');
    const result = await submitAndRead(page);
    expect(result).toEqual({ state: 'accepted', token: 'valid', verdict: 'deliverable' });
    await page.screenshot({ path: `${shots}/deliverable-accepted.png` });
    await page.close();
  });

  it('warns about a role address, and once the person keeps it the backend accepts it', async () => {
    const page = await openSignup();
    await typeEmail(page, 'role@example.com');
    const keep = page.locator('email-check [part="message"] > [part="accept"]');
    await expect.poll(() => keep.textContent(), poll).toContain('Use it anyway');
    await page.screenshot({ path: `${shots}/role-warning.png` });
    await keep.click();
    const result = await submitAndRead(page);
    expect(result).toEqual({ state: 'accepted', token: 'valid', verdict: 'risky' });
    expect(await page.locator('#result').textContent()).toContain('chose to use it anyway');
    await page.close();
  });

  it('treats submitting through a warning as keeping the address', async () => {
    const page = await openSignup();
    await typeEmail(page, 'catch-all@example.com');
    await expect.poll(() => message(page).textContent(), poll).toContain('could not confirm');
    const result = await submitAndRead(page);
    expect(result).toEqual({ state: 'accepted', token: 'valid', verdict: 'risky' });
    expect(await page.locator('#result').textContent()).toContain('chose to use it anyway');
    await page.close();
  });

  // What an attacker posting straight to the backend can do with tokens: nothing.
  const forged: Array<[string, (real: string) => string, string]> = [
    [
      'a tampered token',
      (real) => real.slice(0, -3) + (real.endsWith('AAA') ? 'BBB' : 'AAA'),
      'bad_signature',
    ],
    [
      'an expired token',
      () =>
        signVerdictToken(
          {
            email: 'deliverable@example.com',
            result: 'deliverable',
            score: 95,
            keyId: 'e2e',
            acceptedWarning: false,
          },
          tokenSecret,
          60_000,
          Date.now() - 3_600_000,
        ),
      'expired',
    ],
    [
      'a token for another address',
      () =>
        signVerdictToken(
          {
            email: 'someone-else@example.com',
            result: 'deliverable',
            score: 95,
            keyId: 'e2e',
            acceptedWarning: false,
          },
          tokenSecret,
        ),
      'wrong_email',
    ],
  ];
  for (const [what, forge, reason] of forged) {
    it(`refuses a signup carrying ${what}`, async () => {
      const page = await openSignup();
      await typeEmail(page, 'deliverable@example.com');
      const real = await (async () => {
        await expect.poll(() => token(page), poll).not.toBe('');
        return token(page);
      })();
      const fake = forge(real);
      await page.evaluate((value) => {
        const field = document.querySelector<HTMLInputElement>('input[name="email_check_token"]');
        if (field) field.value = value;
        // Post the form as a script would, past the element's checks.
        HTMLFormElement.prototype.submit.call(document.querySelector('form#signup'));
      }, fake);
      await page.waitForURL('**/demo/signup');
      expect(await page.locator('#result').getAttribute('data-state')).toBe('refused');
      expect(await page.locator('#result').getAttribute('data-token')).toBe(reason);
      await page.screenshot({ path: `${shots}/token-${reason}.png` });
      await page.close();
    });
  }

  it('enhances a plain email field through the script tag, including fields added later', async () => {
    const page = await newPage();
    await page.goto(`${stack.siteUrl}/demo/script-tag?key=test`);
    await expect.poll(() => page.locator('email-check input[type="email"]').count(), poll).toBe(1);
    await page.click('input[name="email"]');
    await page.keyboard.type('jane@hotmial.com', { delay: 15 });
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.locator('email-check [part="suggestion"]').first().textContent(), poll)
      .toContain('jane@hotmail.com');
    await page.click('#add-field');
    await expect.poll(() => page.locator('email-check input[type="email"]').count(), poll).toBe(2);
    await page.screenshot({ path: `${shots}/script-tag.png` });
    await page.close();
  });
});

describe('when the proxy goes away mid-session', { timeout: 30_000 }, () => {
  it('still lets the person sign up, and the backend sees no token', async () => {
    const own = await startStack();
    try {
      const page = await newPage();
      await page.goto(`${own.siteUrl}/?key=test`);
      await page.waitForFunction(() => customElements.get('email-check') !== undefined);
      await page.fill('#name', 'Jane Doe');
      await page.fill('#password', 'correct horse battery');
      await own.proxy.stop();
      await typeEmail(page, 'deliverable@example.com');
      const result = await submitAndRead(page);
      expect(result.state).toBe('accepted');
      expect(result.token).toBe('missing');
      await page.screenshot({ path: `${shots}/proxy-down-fail-open.png` });
      await page.close();
    } finally {
      await own.stop();
    }
  });
});

void keys;
