// PLACEHOLDER: replaced by the typo suggestion engine (issue 2). Signature is the contract.

export interface Suggestion {
  /** The full corrected address: the local part exactly as typed, `@`, the corrected domain. */
  full: string;
  /** The corrected domain, in the form it should be typed. */
  domain: string;
}

/** A likely-typo correction for an address, or `null` when there is no confident one. */
export function suggest(_address: string): Suggestion | null {
  return null;
}
