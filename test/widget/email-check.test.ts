import { expect } from '@open-wc/testing';
import type { EmailCheckHarness } from './harness.js';
import { fakeStats, resetFake } from './harness.js';
import { wrappedField } from './support/fixtures.js';

/** Types an address, leaves the field and waits for the proxy's verdict. */
async function verdictFor(ui: EmailCheckHarness, address: string) {
  await ui.type(address);
  await ui.leave();
  await ui.settled();
}

describe('<email-check> wrapping an input', () => {
  beforeEach(resetFake);

  it('keeps the light-DOM input as the form field, with its name and label', async () => {
    const ui = await wrappedField();
    const form = ui.element.closest('form') as HTMLFormElement;
    await ui.type('jane@example.com');
    expect(ui.input.parentElement === ui.element).to.equal(true);
    expect(ui.input.labels?.[0]?.textContent).to.equal('Email');
    expect(new FormData(form).get('email')).to.equal('jane@example.com');
  });

  it('shows that a deliverable address looks good once the proxy answers', async () => {
    const ui = await wrappedField();
    await verdictFor(ui, 'jane@example.com');
    expect(ui.is('valid')).to.equal(true);
    expect(ui.message).to.contain('This address looks good.');
    expect(ui.input.validity.valid).to.equal(true);
  });

  describe('policy', () => {
    it('blocks an undeliverable address by default, through the input’s own validity', async () => {
      const ui = await wrappedField();
      await verdictFor(ui, 'undeliverable@example.com');
      expect(ui.is('invalid')).to.equal(true);
      expect(ui.message).to.contain('cannot receive email');
      expect(ui.input.validity.customError).to.equal(true);
      expect(ui.input.validationMessage).to.contain('cannot receive email');
      expect(ui.input.getAttribute('aria-invalid')).to.equal('true');
    });

    it('blocks a disposable address by default', async () => {
      const ui = await wrappedField();
      await verdictFor(ui, 'risky-disposable@example.com');
      expect(ui.is('invalid')).to.equal(true);
      expect(ui.message).to.contain('not a disposable one');
      expect(ui.input.validity.valid).to.equal(false);
    });

    it('only warns about a role-based address, and lets it through', async () => {
      const ui = await wrappedField();
      await verdictFor(ui, 'risky-role@example.com');
      expect(ui.is('warning')).to.equal(true);
      expect(ui.message).to.contain('shared address');
      expect(ui.input.validity.valid).to.equal(true);
    });

    it('only warns about a catch-all domain', async () => {
      const ui = await wrappedField();
      await verdictFor(ui, 'risky-catchall@example.com');
      expect(ui.is('warning')).to.equal(true);
      expect(ui.message).to.contain('could not confirm');
    });

    it('only warns about another risky address', async () => {
      const ui = await wrappedField();
      await verdictFor(ui, 'risky@example.com');
      expect(ui.is('warning')).to.equal(true);
      expect(ui.message).to.contain('may not arrive');
    });

    it('lets an unknown verdict pass without a word', async () => {
      const ui = await wrappedField();
      await verdictFor(ui, 'unknown@example.com');
      expect(ui.is('valid')).to.equal(true);
      expect(ui.is('invalid') || ui.is('warning')).to.equal(false);
      expect(ui.message).to.equal('');
      expect(ui.input.validity.valid).to.equal(true);
    });

    it('blocks a role-based address when role-based="block"', async () => {
      const ui = await wrappedField({ 'role-based': 'block' });
      await verdictFor(ui, 'risky-role@example.com');
      expect(ui.is('invalid')).to.equal(true);
      expect(ui.input.validity.customError).to.equal(true);
    });

    it('lets a disposable address pass when disposable="allow"', async () => {
      const ui = await wrappedField({ disposable: 'allow' });
      await verdictFor(ui, 'risky-disposable@example.com');
      expect(ui.is('valid')).to.equal(true);
      expect(ui.input.validity.valid).to.equal(true);
    });

    it('warns about an undeliverable address when undeliverable="warn"', async () => {
      const ui = await wrappedField({ undeliverable: 'warn' });
      await verdictFor(ui, 'undeliverable@example.com');
      expect(ui.is('warning')).to.equal(true);
      expect(ui.input.validity.valid).to.equal(true);
    });

    it('blocks an unknown verdict when unknown="block"', async () => {
      const ui = await wrappedField({ unknown: 'block' });
      await verdictFor(ui, 'unknown@example.com');
      expect(ui.is('invalid')).to.equal(true);
      expect(ui.message).to.contain('could not check');
    });

    it('reports a policy attribute it does not understand and keeps the default', async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (message: string) => errors.push(message);
      try {
        const ui = await wrappedField({ disposable: 'maybe' });
        expect(errors).to.deep.equal([
          '<email-check>: disposable="maybe" is not "block", "warn" or "allow". Using the default.',
        ]);
        expect(ui.element.disposable).to.equal('block');
      } finally {
        console.error = original;
      }
    });

    it('keeps a warned address after "use it anyway", remembered for that value', async () => {
      const ui = await wrappedField();
      await verdictFor(ui, 'risky-role@example.com');
      await ui.click(ui.part('accept') as HTMLElement);
      await ui.settled();
      expect(ui.tokenField?.value).to.equal('tok.risky-role@example.com.kept');
      expect(ui.is('warning')).to.equal(false);
      expect(ui.is('valid')).to.equal(true);
      expect(ui.part('accept')).to.equal(null);
      expect(document.activeElement === ui.input).to.equal(true);
      await ui.press('Backspace');
      await ui.type('m');
      expect(ui.is('warning')).to.equal(false);
      expect(ui.is('valid')).to.equal(true);
    });
  });

  describe('syntax', () => {
    it('says nothing about invalid syntax until the field was left once', async () => {
      const ui = await wrappedField();
      await ui.type('jane@exampl');
      expect(ui.message).to.equal('');
      expect(ui.is('invalid')).to.equal(false);
      await ui.leave();
      expect(ui.is('invalid')).to.equal(true);
      expect(ui.message).to.contain('complete email address');
    });

    it('then follows the fix live, as the person types', async () => {
      const ui = await wrappedField();
      await ui.type('jane@exampl');
      await ui.leave();
      await ui.focus();
      await ui.press('End');
      const answered = ui.remoteResult();
      await ui.type('e.com');
      expect(ui.is('invalid')).to.equal(false);
      await answered;
      expect(ui.is('valid')).to.equal(true);
    });

    it('blocks invalid syntax through the input’s validity even before it shows', async () => {
      const ui = await wrappedField();
      await ui.type('jane@');
      expect(ui.input.validity.customError).to.equal(true);
    });
  });

  describe('suggestions', () => {
    it('offers a likely correction as a button', async () => {
      const ui = await wrappedField({ endpoint: '' });
      await ui.type('jane@gmial.com');
      expect(ui.is('suggestion')).to.equal(true);
      expect(ui.message).to.contain('Did you mean jane@gmail.com?');
      expect(ui.part('accept')?.localName).to.equal('button');
    });

    it('accepts the suggestion by keyboard, with native input and change events', async () => {
      const ui = await wrappedField({ endpoint: '' });
      const events: string[] = [];
      ui.input.addEventListener('input', () => events.push('input'));
      ui.input.addEventListener('change', () => events.push('change'));
      const accepted = ui.next('email-check-suggestion');
      await ui.type('jane@gmial.com');
      const shown = await accepted;
      expect(shown.detail).to.deep.equal({
        suggestion: 'jane@gmail.com',
        value: 'jane@gmial.com',
        action: 'shown',
      });
      const choice = ui.next('email-check-suggestion');
      await ui.press('Tab');
      expect(ui.element.shadowRoot?.activeElement === ui.part('accept')).to.equal(true);
      events.length = 0;
      await ui.press('Enter');
      expect(ui.input.value).to.equal('jane@gmail.com');
      expect((await choice).detail.action).to.equal('accepted');
      expect(events).to.deep.equal(['input', 'change']);
      expect(document.activeElement === ui.input).to.equal(true);
      expect(ui.is('suggestion')).to.equal(false);
    });

    it('dismisses the suggestion with Escape, remembered for that value', async () => {
      const ui = await wrappedField({ endpoint: '' });
      await ui.type('jane@gmial.com');
      const dismissed = ui.next('email-check-suggestion');
      await ui.press('Escape');
      expect((await dismissed).detail.action).to.equal('dismissed');
      expect(ui.is('suggestion')).to.equal(false);
      await ui.type('m');
      expect(ui.is('suggestion')).to.equal(true);
      await ui.press('Backspace');
      expect(ui.input.value).to.equal('jane@gmial.com');
      expect(ui.is('suggestion')).to.equal(false);
    });

    it('dismisses the suggestion with its dismiss button and gives focus back to the field', async () => {
      const ui = await wrappedField({ endpoint: '' });
      await ui.type('jane@gmial.com');
      await ui.press('Tab');
      await ui.press('Tab');
      expect(ui.element.shadowRoot?.activeElement === ui.part('dismiss')).to.equal(true);
      await ui.press('Enter');
      expect(ui.is('suggestion')).to.equal(false);
      expect(ui.input.value).to.equal('jane@gmial.com');
      expect(document.activeElement === ui.input).to.equal(true);
    });

    it('offers the fix for a pasted mailto: link', async () => {
      const ui = await wrappedField({ endpoint: '' });
      await ui.type('mailto:jane@example.com');
      expect(ui.message).to.contain('Did you mean jane@example.com?');
    });

    it('offers the proxy’s own suggestion', async () => {
      const ui = await wrappedField({ 'no-suggestions': '' });
      await verdictFor(ui, 'jane@gmial.com');
      expect(ui.message).to.contain('Did you mean jane@gmail.com?');
    });

    it('offers nothing in the browser with no-suggestions', async () => {
      const ui = await wrappedField({ endpoint: '', 'no-suggestions': '' });
      await ui.type('jane@gmial.com');
      expect(ui.is('suggestion')).to.equal(false);
    });
  });

  describe('events', () => {
    it('sends an instant result on each change and a remote one when the proxy answers', async () => {
      const ui = await wrappedField();
      const results: { phase: string; result: string; source: string }[] = [];
      document.addEventListener('email-check-result', (event) =>
        results.push({
          phase: event.detail.phase,
          result: event.detail.verdict.result,
          source: event.detail.verdict.source,
        }),
      );
      await verdictFor(ui, 'a@b.co');
      expect(results[0]).to.deep.equal({
        phase: 'instant',
        result: 'undeliverable',
        source: 'instant',
      });
      expect(results.at(-2)).to.deep.equal({
        phase: 'instant',
        result: 'unknown',
        source: 'instant',
      });
      expect(results.at(-1)).to.deep.equal({
        phase: 'remote',
        result: 'deliverable',
        source: 'test',
      });
    });

    it('sends its events bubbling and composed, leaving native input events alone', async () => {
      const ui = await wrappedField();
      const seen: Event[] = [];
      ui.element.addEventListener('email-check-result', (event) => seen.push(event));
      const native: Event[] = [];
      ui.input.addEventListener('input', (event) => native.push(event));
      await ui.type('ab');
      expect(seen[0]?.bubbles).to.equal(true);
      expect(seen[0]?.composed).to.equal(true);
      expect(native.length).to.equal(2);
      expect(native.every((event) => event.isTrusted)).to.equal(true);
    });
  });

  it('sets aria-describedby on the input to a description that mirrors the message', async () => {
    const ui = await wrappedField();
    ui.input.setAttribute('aria-describedby', 'hint');
    await verdictFor(ui, 'undeliverable@example.com');
    const ids = (ui.input.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids[0]).to.equal('hint');
    const description = document.getElementById(ids[1] ?? '');
    expect(description?.textContent).to.contain('cannot receive email');
  });

  it('has a status region from the first render', async () => {
    const ui = await wrappedField();
    const region = ui.part('message');
    expect(region?.getAttribute('role')).to.equal('status');
    expect(region?.getAttribute('aria-live')).to.equal('polite');
  });

  it('never moves focus on its own while the person types and the proxy answers', async () => {
    const ui = await wrappedField();
    const answered = ui.remoteResult();
    await ui.type('jane@example.com');
    await answered;
    expect(ui.is('valid')).to.equal(true);
    expect(document.activeElement === ui.input).to.equal(true);
    expect((await fakeStats()).requests).to.equal(1);
  });
});
