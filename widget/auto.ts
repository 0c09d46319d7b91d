// The script-tag build: `<script src="email-check.iife.js" data-endpoint data-public-key>`
// defines <email-check> and wraps the page's email inputs, including those added later.
import { defineEmailCheck } from './email-check.js';
import { enhance, optionsFromScript } from './enhancer.js';

// What a page without a build may call on `window.EmailCheck`; the instant-check and policy
// helpers (EmailValidator, judge, outcomesOf, …) are in the ESM build, for bundlers.
export { EmailCheck, defineEmailCheck } from './email-check.js';
export { enhance, optionsFromScript, wrap } from './enhancer.js';
export { forgetVerdicts } from './remote-check.js';
export { builtIn as messages } from './messages/locale.js';

// Called here as well as in email-check.ts: bundlers may drop a module's top-level call when
// the package is marked free of side effects, but never the entry's own.
defineEmailCheck();

const script = document.currentScript;
if (script) {
  const options = optionsFromScript(script);
  const start = () => enhance(options);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else start();
}
