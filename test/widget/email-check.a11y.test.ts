import { expect } from '@open-wc/testing';
import type { EmailCheckHarness } from './harness.js';
import { resetFake } from './harness.js';
import { wrappedField } from './support/fixtures.js';

/** Runs axe on the whole form, light and shadow DOM, once Lit has rendered. */
async function expectAccessible(ui: EmailCheckHarness) {
  await ui.element.updateComplete;
  await expect(ui.element.closest('form')).to.be.accessible();
}

describe('<email-check> accessibility', () => {
  beforeEach(resetFake);

  it('has no axe violations when empty', async () => {
    const ui = await wrappedField();
    await expectAccessible(ui);
  });

  it('has no axe violations while checking', async () => {
    const ui = await wrappedField({ timeout: '3000' });
    await ui.type('slow@example.com');
    await ui.leave();
    expect(ui.is('checking')).to.equal(true);
    expect(ui.message).to.contain('Checking');
    await expectAccessible(ui);
  });

  it('has no axe violations when valid', async () => {
    const ui = await wrappedField();
    await ui.type('jane@example.com');
    await ui.leave();
    await ui.settled();
    expect(ui.is('valid')).to.equal(true);
    await expectAccessible(ui);
  });

  it('has no axe violations with a warning and its button', async () => {
    const ui = await wrappedField();
    await ui.type('risky-role@example.com');
    await ui.leave();
    await ui.settled();
    expect(ui.is('warning')).to.equal(true);
    await expectAccessible(ui);
  });

  it('has no axe violations when invalid', async () => {
    const ui = await wrappedField();
    await ui.type('jane@');
    await ui.leave();
    expect(ui.is('invalid')).to.equal(true);
    await expectAccessible(ui);
  });

  it('has no axe violations with a suggestion and its buttons', async () => {
    const ui = await wrappedField({ endpoint: '' });
    await ui.type('jane@gmial.com');
    expect(ui.is('suggestion')).to.equal(true);
    await expectAccessible(ui);
  });

  it('names the dismiss button for people who cannot see the ✕', async () => {
    const ui = await wrappedField({ endpoint: '' });
    await ui.type('jane@gmial.com');
    expect(ui.part('dismiss')?.getAttribute('aria-label')).to.equal('Dismiss the suggestion');
    expect(ui.part('icon')).to.equal(null);
  });

  it('hides the decorative icon from assistive technology', async () => {
    const ui = await wrappedField();
    await ui.type('jane@');
    await ui.leave();
    expect(ui.part('icon')?.getAttribute('aria-hidden')).to.equal('true');
  });
});
