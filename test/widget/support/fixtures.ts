import { fixture, html } from '@open-wc/testing';
import '../../../widget/email-check.js';
import type { EmailCheck } from '../../../widget/email-check.js';
import { EmailCheckHarness } from '../harness.js';
import { fakeEndpoint, fakePublicKey } from './fake-endpoint.js';

/**
 * A signup form with an `<email-check>` wrapping its email input, pointed at the fake proxy
 * with a short pause and deadline; `attributes` adds or overrides attributes of the element.
 */
export async function wrappedField(
  attributes: Record<string, string> = {},
  value = '',
): Promise<EmailCheckHarness> {
  const form = await fixture<HTMLFormElement>(html`
    <form action="#" method="post">
      <label for="email">Email</label>
      <email-check endpoint=${fakeEndpoint} public-key=${fakePublicKey} delay="50" timeout="1000">
        <input id="email" type="email" name="email" value=${value} />
      </email-check>
      <button>Sign up</button>
    </form>
  `);
  const element = form.querySelector('email-check') as EmailCheck;
  for (const [name, attribute] of Object.entries(attributes)) element.setAttribute(name, attribute);
  await element.updateComplete;
  return new EmailCheckHarness(element);
}

/** Records every `submit` that got through to the site's own handler, and keeps the page. */
export function recordSubmits(form: HTMLFormElement): FormData[] {
  const submitted: FormData[] = [];
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitted.push(new FormData(form));
  });
  return submitted;
}
