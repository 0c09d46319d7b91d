/**
 * Common paste mistakes: what people copy out of mail clients and web pages along with the
 * address. Recognising them gives a helpful reason and, where the intent is unambiguous, a fix.
 */

/**
 * - `mailto`: a `mailto:` link (any case, with or without `?subject=…`).
 * - `display_name`: `Jane Doe <jane@example.com>` or `<jane@example.com>`.
 * - `trailing_punctuation`: a `.`, `,` or `;` after the address, as at the end of a sentence.
 * - `double_at`: `jane@@example.com`.
 */
export type PasteCode = 'mailto' | 'display_name' | 'trailing_punctuation' | 'double_at';

export interface PasteMistake {
  /** The first mistake recognised, reading from the outside in. */
  code: PasteCode;
  /** The input with every recognised mistake undone and trimmed; not checked for syntax. */
  candidate: string;
}

const MAILTO = /^mailto:/i;
const ANGLE_ADDRESS = /<([^<>]*)>$/;
const TRAILING = /[.,;]+$/;
const AT_RUN = /@{2,}/;
/** A scheme, a closing bracket or punctuation at the end: where any mistake must show. */
const PASTE_SIGNS = /^mailto:|[>.,;]$/i;

/** Undoing one mistake may reveal another (`Jane <mailto:jane@x.com>`); a few rounds suffice. */
const MAX_ROUNDS = 4;

/**
 * Recognises paste mistakes in an already trimmed input. Each one makes the raw value an invalid
 * address (none of these characters may appear where they do), so a valid address never
 * matches. Returns `null` when there is none.
 */
export function recognisePaste(trimmed: string): PasteMistake | null {
  // Most input carries none of the signs: answer that without running the patterns.
  if (!PASTE_SIGNS.test(trimmed) && !trimmed.includes('@@')) return null;
  let code: PasteCode | null = null;
  let candidate = trimmed;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const step = undoOne(candidate);
    if (!step) break;
    code ??= step.code;
    candidate = step.candidate.trim();
  }
  return code === null ? null : { code, candidate };
}

function undoOne(value: string): PasteMistake | null {
  if (MAILTO.test(value)) return { code: 'mailto', candidate: mailtoAddress(value) };
  const angle = ANGLE_ADDRESS.exec(value);
  if (angle) return { code: 'display_name', candidate: angle[1] ?? '' };
  // Only after something that looks like an address: a bare `jane.` is a missing `@`.
  if (value.includes('@') && TRAILING.test(value)) {
    return { code: 'trailing_punctuation', candidate: value.replace(TRAILING, '') };
  }
  const run = AT_RUN.exec(value);
  // One run of `@` and no other: the only reading is the doubled key press.
  if (
    run &&
    value.split('@').length - 1 === run[0].length &&
    run.index > 0 &&
    !value.endsWith('@')
  ) {
    return { code: 'double_at', candidate: value.replace(AT_RUN, '@') };
  }
  return null;
}

/** The address of a `mailto:` URI (RFC 6068): before any `?query`, percent-decoded. */
function mailtoAddress(uri: string): string {
  const address = uri.slice('mailto:'.length).split(/[?#]/, 1)[0] ?? '';
  if (!address.includes('%')) return address;
  try {
    return decodeURIComponent(address);
  } catch {
    return address;
  }
}
