import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { EmailCheck } from '../../widget/email-check.js';
import { EmailCheckHarness } from './harness.js';
import '../../widget/email-check.js';

async function invalidField(dir = 'ltr') {
  const wrapper = await fixture<HTMLElement>(html`
    <div dir=${dir}>
      <email-check><input type="email" aria-label="Email" /></email-check>
    </div>
  `);
  const ui = new EmailCheckHarness(wrapper.querySelector('email-check') as EmailCheck);
  await ui.type('jane@');
  await ui.leave();
  return ui;
}

describe('<email-check> styling', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('takes its colours from --email-check-* custom properties', async () => {
    const ui = await invalidField();
    ui.element.style.setProperty('--email-check-invalid-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(ui.part('message') as HTMLElement).color).to.equal('rgb(1, 2, 3)');
  });

  it('has dark defaults when the page prefers a dark scheme', async () => {
    const ui = await invalidField();
    const light = getComputedStyle(ui.part('message') as HTMLElement).color;
    await emulateMedia({ colorScheme: 'dark' });
    const dark = getComputedStyle(ui.part('message') as HTMLElement).color;
    expect(dark).not.to.equal(light);
  });

  it('lays the message out from the right on a right-to-left page', async () => {
    const ltr = await invalidField('ltr');
    const rtl = await invalidField('rtl');
    const iconX = (ui: EmailCheckHarness) =>
      (ui.part('icon') as HTMLElement).getBoundingClientRect().x;
    const messageX = (ui: EmailCheckHarness) =>
      (ui.part('message') as HTMLElement).getBoundingClientRect().x;
    expect(iconX(ltr) - messageX(ltr)).to.be.below(1);
    expect(iconX(rtl) - messageX(rtl)).to.be.above(100);
  });
});
