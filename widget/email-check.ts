import { EmailCheck } from './email-check.component.js';

export { EmailCheck };

/** Registers `<email-check>` unless it already is (the npm and script-tag builds may meet). */
export function defineEmailCheck(): void {
  if (!customElements.get('email-check')) customElements.define('email-check', EmailCheck);
}

defineEmailCheck();

declare global {
  interface HTMLElementTagNameMap {
    'email-check': EmailCheck;
  }
}
