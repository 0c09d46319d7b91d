export * from './syntax.js';
export * from './suggest.js';
export * from './verdict.js';
export * from './http.js';
