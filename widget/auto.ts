// The script-tag build: `<script src="email-check.iife.js" data-endpoint data-public-key>`
// defines <email-check> and wraps the page's email inputs, including those added later.
import { enhance, optionsFromScript } from './enhancer.js';

export * from './index.js';

const script = document.currentScript;
if (script) {
  const options = optionsFromScript(script);
  const start = () => enhance(options);
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start, { once: true });
  } else start();
}
