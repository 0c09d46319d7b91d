import { EmailCheck } from './email-check.component.js';

export { EmailCheck };

// Defined once per page: the npm build and the script-tag build may both arrive on one page.
if (!customElements.get('email-check')) customElements.define('email-check', EmailCheck);

declare global {
  interface HTMLElementTagNameMap {
    'email-check': EmailCheck;
  }
}
