import { unsafeCSS } from '@lit/reactive-element';

// The styles are our own constant text, so they go to Lit as they are (`unsafeCSS`) rather than
// through its `css` tag, whose checks on interpolated values cost 0.15 KB gzip of the script-tag
// bundle and have nothing to check here. `css` remains the tag, as plain text, so that editors,
// Prettier and the build's minifier (vite.config.ts) still treat the text as CSS.
const css = String.raw;

export const styles = unsafeCSS(css`
  :host {
    --email-check-gap: 0.25rem;
    --email-check-font-size: 0.875em;
    --email-check-text-color: #3f3f46;
    --email-check-invalid-color: #b42318;
    --email-check-warning-color: #8a4b00;
    --email-check-valid-color: #1a7f37;
    --email-check-accent-color: #1d4ed8;
    --email-check-input-border: 1px solid #71717a;
    --email-check-input-background: #fff;
    --email-check-input-color: inherit;
    --email-check-input-padding: 0.5rem 0.625rem;
    --email-check-input-radius: 0.375rem;
    display: block;
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --email-check-text-color: #d4d4d8;
      --email-check-invalid-color: #ff8a80;
      --email-check-warning-color: #ffc46b;
      --email-check-valid-color: #6fdc8c;
      --email-check-accent-color: #93b4ff;
      --email-check-input-border: 1px solid #a1a1aa;
      --email-check-input-background: #18181b;
    }
  }
  :host([hidden]) {
    display: none;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--email-check-gap);
  }
  [part='input'] {
    font: inherit;
    border: var(--email-check-input-border);
    background: var(--email-check-input-background);
    color: var(--email-check-input-color);
    padding: var(--email-check-input-padding);
    border-radius: var(--email-check-input-radius);
  }
  [part='input']:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--email-check-accent-color);
    outline-offset: 1px;
  }
  [part='message'] {
    font-size: var(--email-check-font-size);
    color: var(--email-check-text-color);
    text-align: start;
  }
  .invalid {
    color: var(--email-check-invalid-color);
  }
  .warning {
    color: var(--email-check-warning-color);
  }
  .valid {
    color: var(--email-check-valid-color);
  }
  [part='icon'] {
    margin-inline-end: 0.25em;
  }
  button {
    font: inherit;
    color: var(--email-check-accent-color);
    background: none;
    border: 0;
    padding: 0 0.125em;
    text-decoration: underline;
    cursor: pointer;
  }
  [part='dismiss'] {
    text-decoration: none;
    margin-inline-start: 0.25em;
  }
  .checking [part='icon'] {
    display: inline-block;
    animation: spin 1s linear infinite;
  }
  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .checking [part='icon'] {
      animation: none;
    }
  }
`);
