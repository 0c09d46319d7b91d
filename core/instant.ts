// The browser entry of core/: what the widget runs on every keystroke. Keep zod out of it.
export * from './syntax.js';
export * from './idn.js';
export * from './paste.js';
export * from './roles.js';
export * from './disposable-hints.js';
export * from './analyze.js';
export * from './suggest.js';
