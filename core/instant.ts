// The browser entry of core/: what the widget runs on every keystroke. Keep zod out of it, and
// keep it within its 5 KB budget: analyze() and its English messages (core/analyze.js) are
// imported on their own by the code that shows them.
export * from './syntax.js';
export * from './idn.js';
export * from './paste.js';
export * from './roles.js';
export * from './disposable-hints.js';
export * from './suggest.js';
