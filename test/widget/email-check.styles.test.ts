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

  it('takes its colours from --email-check-* custom properties, on it or on any ancestor', async () => {
    const ui = await invalidField();
    const message = () => getComputedStyle(ui.part('message') as HTMLElement).color;
    document.documentElement.style.setProperty('--email-check-invalid-color', 'rgb(4, 5, 6)');
    try {
      expect(message()).to.equal('rgb(4, 5, 6)');
      ui.element.style.setProperty('--email-check-invalid-color', 'rgb(1, 2, 3)');
      expect(message()).to.equal('rgb(1, 2, 3)');
    } finally {
      document.documentElement.style.removeProperty('--email-check-invalid-color');
    }
  });

  it('has dark defaults where the page offers a dark scheme and the person prefers it', async () => {
    const ui = await invalidField();
    const message = () => getComputedStyle(ui.part('message') as HTMLElement).color;
    const light = message();
    document.documentElement.style.colorScheme = 'light dark';
    try {
      expect(message()).to.equal(light);
      await emulateMedia({ colorScheme: 'dark' });
      const dark = message();
      expect(dark).not.to.equal(light);
      // A page that offers only a light scheme keeps the light colours, as native fields do.
      document.documentElement.style.colorScheme = '';
      expect(message()).to.equal(light);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
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
