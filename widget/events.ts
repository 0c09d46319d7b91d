import type { Verdict } from '../core/verdict.js';

export interface EmailCheckResultDetail {
  /** The verdict: built in the browser for `instant`, the proxy's for `remote`. */
  verdict: Verdict;
  /** `instant` for the in-browser checks on every change, `remote` for the proxy's answer. */
  phase: 'instant' | 'remote';
}

export interface EmailCheckSuggestionDetail {
  /** The full corrected address. */
  suggestion: string;
  /** The value it would replace. */
  value: string;
  /** `shown` when it appears, `accepted` or `dismissed` when the person chose. */
  action: 'shown' | 'accepted' | 'dismissed';
}

export interface EmailCheckErrorDetail {
  /** The address whose check failed. */
  email: string;
  /** `timeout`, `network`, `bad_response`, or the proxy's error code. */
  code: string;
  message: string;
  /** The proxy's HTTP status, when it answered. */
  status?: number;
}

export type EmailCheckResultEvent = CustomEvent<EmailCheckResultDetail>;
export type EmailCheckSuggestionEvent = CustomEvent<EmailCheckSuggestionDetail>;
export type EmailCheckErrorEvent = CustomEvent<EmailCheckErrorDetail>;

/** Sends one of the element's events the way they all go: bubbling and composed. */
export function emit<K extends keyof EmailCheckEventMap>(
  target: EventTarget,
  type: K,
  detail: EmailCheckEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

export interface EmailCheckEventMap {
  'email-check-result': EmailCheckResultEvent;
  'email-check-suggestion': EmailCheckSuggestionEvent;
  'email-check-error': EmailCheckErrorEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends EmailCheckEventMap {}
}
