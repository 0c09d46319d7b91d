export type { Messages } from './en.js';
export { en } from './en.js';
export { de } from './de.js';
export { fr } from './fr.js';
export { es } from './es.js';
export { builtIn, messagesFor, nearestLang } from './locale.js';
