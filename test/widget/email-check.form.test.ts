import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { EmailCheck } from '../../widget/email-check.js';
import {
  EmailCheckHarness,
  fakeEndpoint,
  fakePublicKey,
  fakeStats,
  resetFake,
  sleep,
} from './harness.js';
import { recordSubmits, wrappedField } from './support/fixtures.js';

const formOf = (ui: EmailCheckHarness) => ui.element.closest('form') as HTMLFormElement;
const submitButton = (ui: EmailCheckHarness) =>
  formOf(ui).querySelector('button') as HTMLButtonElement;

describe('<email-check> in a form', () => {
  beforeEach(resetFake);

  it('lets a deliverable address submit, with the verdict token in a hidden field', async () => {
    const ui = await wrappedField();
    const submitted = recordSubmits(formOf(ui));
    await ui.type('jane@example.com');
    await ui.leave();
    await ui.settled();
    expect(ui.tokenField?.name).to.equal('email_check_token');
    expect(ui.tokenField?.value).to.equal('tok.jane@example.com');
    await ui.click(submitButton(ui));
    expect(submitted.length).to.equal(1);
    expect(submitted[0]?.get('email')).to.equal('jane@example.com');
    expect(submitted[0]?.get('email_check_token')).to.equal('tok.jane@example.com');
  });

  it('names the token field after token-name', async () => {
    const ui = await wrappedField({ 'token-name': 'verdict' });
    expect(ui.tokenField?.name).to.equal('verdict');
  });

  it('clears the token as soon as the address changes', async () => {
    const ui = await wrappedField();
    await ui.type('jane@example.com');
    await ui.leave();
    await ui.settled();
    await ui.focus();
    await ui.press('End');
    await ui.type('x');
    expect(ui.tokenField?.value).to.equal('');
  });

  it('blocks submission of an undeliverable address and says why', async () => {
    const ui = await wrappedField();
    const submitted = recordSubmits(formOf(ui));
    await ui.type('undeliverable@example.com');
    await ui.leave();
    await ui.settled();
    await ui.click(submitButton(ui));
    expect(submitted.length).to.equal(0);
    expect(ui.message).to.contain('cannot receive email');
  });

  it('blocks submission of invalid syntax and then shows the reason', async () => {
    const ui = await wrappedField();
    const submitted = recordSubmits(formOf(ui));
    await ui.type('jane@exampl');
    expect(ui.message).to.equal('');
    await ui.click(submitButton(ui));
    expect(submitted.length).to.equal(0);
    expect(ui.message).to.contain('complete email address');
    expect((await fakeStats()).requests).to.equal(0);
  });

  it('blocks a blocked address even in a form with novalidate', async () => {
    const ui = await wrappedField();
    formOf(ui).noValidate = true;
    const submitted = recordSubmits(formOf(ui));
    await ui.type('risky-disposable@example.com');
    await ui.leave();
    await ui.settled();
    await ui.click(submitButton(ui));
    expect(submitted.length).to.equal(0);
  });

  it('lets a warned address submit, with a token that says the person went on', async () => {
    const ui = await wrappedField();
    const submitted = recordSubmits(formOf(ui));
    await ui.type('risky-role@example.com');
    await ui.leave();
    await ui.settled();
    await ui.click(submitButton(ui));
    await waitUntil(() => submitted.length === 1, 'the form never submitted');
    expect(submitted.length).to.equal(1);
    expect(submitted[0]?.get('email_check_token')).to.equal('tok.risky-role@example.com.kept');
  });

  it('waits for a check in flight, then submits once, with its token', async () => {
    const ui = await wrappedField({ timeout: '3000' });
    const submitted = recordSubmits(formOf(ui));
    await ui.type('slow@example.com');
    await ui.press('Enter');
    expect(ui.is('checking')).to.equal(true);
    expect(submitted.length).to.equal(0);
    await ui.press('Enter');
    await waitUntil(() => submitted.length > 0, 'never submitted', { timeout: 4000 });
    await sleep(100);
    expect(submitted.length).to.equal(1);
    expect(submitted[0]?.get('email_check_token')).to.equal('tok.slow@example.com');
    expect((await fakeStats()).requests).to.equal(1);
  });

  it('waits for a check in flight, then shows why it does not submit', async () => {
    const ui = await wrappedField();
    const submitted = recordSubmits(formOf(ui));
    await ui.type('undeliverable@example.com');
    await ui.press('Enter');
    await ui.settled();
    await sleep(50);
    expect(submitted.length).to.equal(0);
    expect(ui.message).to.contain('cannot receive email');
  });

  it('never blocks forever: a check that times out lets the form submit', async () => {
    const ui = await wrappedField({ timeout: '200' });
    const submitted = recordSubmits(formOf(ui));
    await ui.type('slow@example.com');
    await ui.press('Enter');
    await waitUntil(() => submitted.length > 0, 'never submitted', { timeout: 2000 });
    expect(submitted[0]?.get('email')).to.equal('slow@example.com');
    expect(submitted[0]?.get('email_check_token')).to.equal('');
  });

  it('does not re-check an unchanged pre-filled value, and submits it', async () => {
    const ui = await wrappedField({}, 'jane@example.com');
    const submitted = recordSubmits(formOf(ui));
    await ui.focus();
    await ui.leave();
    await ui.click(submitButton(ui));
    expect(submitted.length).to.equal(1);
    expect((await fakeStats()).requests).to.equal(0);
  });

  it('does not swallow a click on a button below by changing its layout on leaving the field', async () => {
    const ui = await wrappedField({ delay: '5000', timeout: '3000' });
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Add another field';
    const clicks: Event[] = [];
    button.addEventListener('click', (event) => clicks.push(event));
    formOf(ui).after(button);
    await ui.type('slow@example.com');
    expect(ui.message).to.equal('');
    await ui.click(button);
    expect(clicks.length).to.equal(1);
    await ui.element.updateComplete;
    await sleep(10);
    expect(ui.is('checking')).to.equal(true);
  });

  it('forgets what the person did when the form is reset', async () => {
    const ui = await wrappedField({}, 'pre@example.com');
    await ui.replace('undeliverable@example.com');
    await ui.leave();
    await ui.settled();
    expect(ui.is('invalid')).to.equal(true);
    formOf(ui).reset();
    await ui.element.updateComplete;
    expect(ui.input.value).to.equal('pre@example.com');
    expect(ui.element.value).to.equal('pre@example.com');
    expect(ui.is('invalid')).to.equal(false);
    expect(ui.message).to.equal('');
    expect(ui.input.validity.valid).to.equal(true);
    expect(ui.tokenField?.value).to.equal('');
  });
});

describe('<email-check> standalone', () => {
  beforeEach(resetFake);

  async function standalone(extra: Partial<EmailCheck> = {}) {
    const form = await fixture<HTMLFormElement>(html`
      <form>
        <email-check
          name="email"
          label="Email"
          endpoint=${fakeEndpoint}
          public-key=${fakePublicKey}
          delay="50"
          timeout="1000"
        ></email-check>
        <button>Sign up</button>
      </form>
    `);
    const element = form.querySelector('email-check') as EmailCheck;
    Object.assign(element, extra);
    await element.updateComplete;
    return { form, ui: new EmailCheckHarness(element) };
  }

  it('renders its own labelled input and is itself the form field', async () => {
    const { form, ui } = await standalone();
    expect(ui.input.getRootNode() === ui.element.shadowRoot).to.equal(true);
    expect(ui.part('form-control-label')?.textContent).to.equal('Email');
    expect(form.elements.namedItem('email') === ui.element).to.equal(true);
    expect(ui.element.form === form).to.equal(true);
  });

  it('puts its value and the verdict token into the FormData', async () => {
    const { form, ui } = await standalone();
    const submitted = recordSubmits(form);
    await ui.type('jane@example.com');
    await ui.leave();
    await ui.settled();
    const data = new FormData(form);
    expect(data.get('email')).to.equal('jane@example.com');
    expect(data.get('email_check_token')).to.equal('tok.jane@example.com');
    await ui.click(form.querySelector('button') as HTMLButtonElement);
    expect(submitted.length).to.equal(1);
  });

  it('reports a blocked address through its own validity, anchored to its input', async () => {
    const { form, ui } = await standalone();
    await ui.type('undeliverable@example.com');
    await ui.leave();
    await ui.settled();
    expect(ui.element.validity.customError).to.equal(true);
    expect(ui.element.validationMessage).to.contain('cannot receive email');
    expect(form.checkValidity()).to.equal(false);
    expect(ui.input.getAttribute('aria-invalid')).to.equal('true');
  });

  it('is missing a value when required and empty', async () => {
    const { form, ui } = await standalone({ required: true });
    expect(ui.element.validity.valueMissing).to.equal(true);
    expect(form.checkValidity()).to.equal(false);
    await ui.type('jane@example.com');
    expect(ui.element.validity.valueMissing).to.equal(false);
  });

  it('leaves the form data when disabled, by its own attribute or a fieldset', async () => {
    const { form, ui } = await standalone({ value: 'jane@example.com' });
    expect(new FormData(form).get('email')).to.equal('jane@example.com');
    ui.element.disabled = true;
    await ui.element.updateComplete;
    expect(new FormData(form).has('email')).to.equal(false);
    expect(ui.input.disabled).to.equal(true);
    ui.element.disabled = false;
    const fieldset = document.createElement('fieldset');
    form.prepend(fieldset);
    fieldset.append(ui.element);
    fieldset.disabled = true;
    await ui.element.updateComplete;
    expect(ui.input.disabled).to.equal(true);
  });

  it('goes back to its value attribute on reset', async () => {
    const { form, ui } = await standalone();
    ui.element.setAttribute('value', 'pre@example.com');
    await ui.element.updateComplete;
    await ui.replace('other@example.com');
    form.reset();
    await ui.element.updateComplete;
    expect(ui.element.value).to.equal('pre@example.com');
    expect(ui.input.value).to.equal('pre@example.com');
    expect(new FormData(form).get('email')).to.equal('pre@example.com');
  });

  it('restores a value the browser gives back, and checks it', async () => {
    const { form, ui } = await standalone();
    const answered = ui.remoteResult();
    ui.element.formStateRestoreCallback('jane@example.com');
    await ui.element.updateComplete;
    expect(ui.input.value).to.equal('jane@example.com');
    expect(new FormData(form).get('email')).to.equal('jane@example.com');
    expect((await answered).detail.verdict.result).to.equal('deliverable');
  });

  it('sends change from itself, since the inner input’s change does not leave the shadow root', async () => {
    const { ui } = await standalone();
    const changes: EventTarget[] = [];
    ui.element.addEventListener('change', (event) => changes.push(event.target as EventTarget));
    await ui.type('jane@example.com');
    await ui.leave();
    expect(changes.length === 1 && changes[0] === ui.element).to.equal(true);
  });
});
