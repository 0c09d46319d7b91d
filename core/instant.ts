// The browser entry of core/: what the widget runs on every keystroke. Keep zod out of it.
export * from './syntax.js';
export * from './suggest.js';
