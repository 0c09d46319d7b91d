// PLACEHOLDER: the script-tag auto-enhancer (issue 3).
export * from './index.js';
