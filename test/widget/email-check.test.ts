import { expect, fixture, html } from '@open-wc/testing';
import '../../widget/email-check.js';
import type { EmailCheck } from '../../widget/email-check.js';
import { EmailCheckHarness, fakeEndpoint, fakePublicKey, resetFake } from './harness.js';

async function wrapped(attributes = '') {
  const element = await fixture<EmailCheck>(
    html`<form>
      <label for="email">Email</label>
      <email-check endpoint=${fakeEndpoint} public-key=${fakePublicKey} delay="50" timeout="1000">
        <input id="email" type="email" name="email" />
      </email-check>
      <button>Sign up</button>
    </form>`,
  ).then((form) => form.querySelector('email-check') as EmailCheck);
  for (const [name, value] of new URLSearchParams(attributes)) element.setAttribute(name, value);
  await element.updateComplete;
  return new EmailCheckHarness(element);
}

describe('<email-check> wrapping an input', () => {
  beforeEach(resetFake);

  it('shows that a deliverable address looks good once the proxy answers', async () => {
    const ui = await wrapped();
    await ui.type('jane@example.com');
    await ui.leave();
    await ui.settled();
    expect(ui.is('valid')).to.equal(true);
    expect(ui.message).to.contain('looks good');
  });
});
