import { de } from './de.js';
import { en, type Messages } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';

/** The built-in translations, by primary language subtag. */
export const builtIn: Record<string, Messages> = { en, de, fr, es };

/**
 * The messages for a BCP 47 language tag (`de-AT` uses German), English for any language not
 * built in, with the page's own overrides laid over them.
 */
export function messagesFor(lang: string, overrides: Partial<Messages> = {}): Messages {
  const primary = lang.toLowerCase().split('-')[0] ?? '';
  return { ...(builtIn[primary] ?? en), ...overrides };
}

/** The language of the nearest element with a `lang` attribute, or the document's. */
export function nearestLang(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
}
