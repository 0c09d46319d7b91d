import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../widget/email-check.js';
import { enhance, optionsFromScript, type Enhancer } from '../../widget/enhancer.js';
import { EmailCheckHarness, fakeEndpoint, fakePublicKey, fakeStats, resetFake } from './harness.js';
import type { EmailCheck } from '../../widget/email-check.js';

describe('the script-tag enhancer', () => {
  let enhancer: Enhancer | undefined;
  beforeEach(resetFake);
  afterEach(() => enhancer?.stop());

  const attributes = { endpoint: fakeEndpoint, 'public-key': fakePublicKey, delay: '50' };

  it('wraps every email input on the page, and only those', async () => {
    const page = await fixture<HTMLElement>(html`
      <form>
        <input type="email" name="a" aria-label="A" />
        <input type="text" name="b" aria-label="B" />
        <input type="email" name="c" aria-label="C" data-no-email-check />
      </form>
    `);
    enhancer = enhance({ attributes, root: page });
    const wrapped = [...page.querySelectorAll('email-check')];
    expect(wrapped.map((element) => element.querySelector('input')?.name)).to.deep.equal(['a']);
    expect(wrapped[0]?.getAttribute('endpoint')).to.equal(fakeEndpoint);
  });

  it('wraps inputs that appear later, and checks them', async () => {
    const page = await fixture<HTMLElement>(html`<div></div>`);
    enhancer = enhance({ attributes, root: page });
    page.innerHTML = `<form><p><input type="email" name="email" aria-label="Email"></p></form>`;
    await waitUntil(() => page.querySelector('email-check'), 'the new input was not wrapped');
    const ui = new EmailCheckHarness(page.querySelector('email-check') as EmailCheck);
    await ui.type('undeliverable@example.com');
    await ui.leave();
    await ui.settled();
    expect(ui.is('invalid')).to.equal(true);
    expect((await fakeStats()).requests).to.equal(1);
  });

  it('follows data-selector', async () => {
    const page = await fixture<HTMLElement>(html`
      <form>
        <input type="email" name="a" aria-label="A" />
        <input class="signup" type="text" name="b" aria-label="B" />
      </form>
    `);
    enhancer = enhance({ selector: 'input.signup', root: page });
    expect(
      [...page.querySelectorAll('email-check input')].map((i) => (i as HTMLInputElement).name),
    ).to.deep.equal(['b']);
  });

  it('keeps focus, caret and scroll when it wraps the field being typed in', async () => {
    const page = await fixture<HTMLElement>(html`
      <div style="height: 3000px; padding-top: 1500px">
        <input class="email" type="text" aria-label="Email" />
      </div>
    `);
    const input = page.querySelector('input') as HTMLInputElement;
    input.scrollIntoView({ block: 'center' });
    const ui = new EmailCheckHarness(page as unknown as EmailCheck);
    await ui.click(input);
    await ui.type('jane@exa');
    await ui.press('ArrowLeft');
    const scrolled = window.scrollY;
    expect(scrolled).to.be.above(0);
    enhancer = enhance({ selector: 'input.email', root: page });
    expect(input.parentElement?.localName).to.equal('email-check');
    await (input.parentElement as EmailCheck).updateComplete;
    await Promise.resolve();
    expect(document.activeElement === input, 'focus stays in the field').to.equal(true);
    expect([input.selectionStart, input.selectionEnd]).to.deep.equal([7, 7]);
    expect(window.scrollY).to.equal(scrolled);
  });

  it('does not wrap an input twice', async () => {
    const page = await fixture<HTMLElement>(
      html`<form><input type="email" aria-label="A" /></form>`,
    );
    enhancer = enhance({ root: page });
    enhance({ root: page }).stop();
    expect(page.querySelectorAll('email-check').length).to.equal(1);
  });

  it('reads its options from the script tag’s data attributes', () => {
    const script = document.createElement('script');
    script.dataset.endpoint = '/v1/validate';
    script.dataset.publicKey = 'pk_live_x';
    script.dataset.selector = '#signup input';
    script.setAttribute('data-role-based', 'block');
    expect(optionsFromScript(script)).to.deep.equal({
      selector: '#signup input',
      attributes: { endpoint: '/v1/validate', 'public-key': 'pk_live_x', 'role-based': 'block' },
    });
    expect(optionsFromScript(document.createElement('script')).selector).to.equal(
      'input[type=email]',
    );
  });
});
