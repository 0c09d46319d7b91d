import { unsafeCSS } from '@lit/reactive-element';

// The styles are our own constant text, so they go to Lit as they are (`unsafeCSS`) rather than
// through its `css` tag, whose checks on interpolated values cost 0.15 KB gzip of the script-tag
// bundle and have nothing to check here. `css` remains the tag, as plain text, so that editors,
// Prettier and the build's minifier (vite.config.ts) still treat the text as CSS.
const css = String.raw;

// Every default sits at its point of use, as a `var()` fallback, so a custom property set on any
// ancestor (`:root` for a whole site) reaches the element: none is declared on the host, where it
// would hide the page's. Colours come in pairs through `light-dark()`, which follows the page's
// `color-scheme` the way native form controls do: dark only where the page offers a dark scheme
// and the person prefers it, never light-grey text on a light-only page.
export const styles = unsafeCSS(css`
  /* Not when hidden: a display on the host would outrank the [hidden] attribute's. */
  :host(:not([hidden])) {
    display: block;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--email-check-gap, 0.25rem);
  }
  [part='input'] {
    font: inherit;
    border: var(--email-check-input-border, 1px solid light-dark(#71717a, #a1a1aa));
    background: var(--email-check-input-background, light-dark(#fff, #18181b));
    color: var(--email-check-input-color, inherit);
    padding: var(--email-check-input-padding, 0.5rem 0.625rem);
    border-radius: var(--email-check-input-radius, 0.375rem);
  }
  :focus-visible {
    outline: 2px solid var(--email-check-accent-color, light-dark(#1d4ed8, #93b4ff));
    outline-offset: 1px;
  }
  [part='message'] {
    font-size: var(--email-check-font-size, 0.875em);
    color: var(--email-check-text-color, light-dark(#3f3f46, #d4d4d8));
    text-align: start;
  }
  .invalid {
    color: var(--email-check-invalid-color, light-dark(#b42318, #ff8a80));
  }
  .warning {
    color: var(--email-check-warning-color, light-dark(#8a4b00, #ffc46b));
  }
  .valid {
    color: var(--email-check-valid-color, light-dark(#1a7f37, #6fdc8c));
  }
  [part='icon'] {
    margin-inline-end: 0.25em;
  }
  button {
    font: inherit;
    color: var(--email-check-accent-color, light-dark(#1d4ed8, #93b4ff));
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
  @media (prefers-reduced-motion: no-preference) {
    .checking [part='icon'] {
      display: inline-block;
      animation: spin 1s linear infinite;
    }
  }
  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }
`);
