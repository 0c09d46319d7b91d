/**
 * Every string the element shows or announces. Strings with `{suggestion}` have the suggested
 * address put in that place, as a button that accepts it.
 */
export interface Messages {
  /** Accessible name of the element's own input in standalone mode, when no `label` is set. */
  label: string;
  /** Shown while the proxy checks the address. */
  checking: string;
  /** The proxy found the mailbox. */
  valid: string;
  /** Standalone mode: the field is required and empty. */
  required: string;
  /** The address is not a well-formed email address. */
  syntax: string;
  /** The domain takes no mail or the server refused the mailbox. */
  undeliverable: string;
  /** A throwaway address from a disposable-mail service. */
  disposable: string;
  /** A shared role address such as info@ or sales@. */
  role: string;
  /** The domain accepts every address, so the mailbox could not be confirmed. */
  catchAll: string;
  /** Mail may not arrive for another reason (a full mailbox, for instance). */
  risky: string;
  /** The check could not finish; only shown when the `unknown` policy is not `allow`. */
  unknown: string;
  /** The likely-typo offer; `{suggestion}` becomes the button that accepts it. */
  suggestion: string;
  /** Accessible name of the button that dismisses a suggestion. */
  dismiss: string;
  /** The button that keeps an address despite a warning. */
  useAnyway: string;
}

export const en: Messages = {
  label: 'Email address',
  checking: 'Checking the address…',
  valid: 'This address looks good.',
  required: 'Please enter your email address.',
  syntax: 'Please enter a complete email address, like jane@example.com.',
  undeliverable: 'This address cannot receive email. Please check it.',
  disposable: 'Please use a permanent address, not a disposable one.',
  role: 'This looks like a shared address. A personal one is better.',
  catchAll: 'We could not confirm that this mailbox exists.',
  risky: 'Mail to this address may not arrive.',
  unknown: 'We could not check this address right now.',
  suggestion: 'Did you mean {suggestion}?',
  dismiss: 'Dismiss the suggestion',
  useAnyway: 'Use it anyway',
};
