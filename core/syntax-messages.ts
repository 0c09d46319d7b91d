import type { SyntaxCode } from './syntax.js';

/**
 * A short English explanation of every syntax code, in the order the codes are checked. Kept
 * apart from `checkSyntax` so code that shows its own words (the widget's translations) does not
 * ship these.
 */
export const syntaxMessages: Readonly<Record<SyntaxCode, string>> = {
  empty: 'Enter an email address.',
  mailto: 'Remove the "mailto:" in front of the address.',
  display_name: 'Only the address between < and > is needed.',
  trailing_punctuation: 'Remove the punctuation after the address.',
  double_at: 'The address has more than one @ in a row.',
  quoted_local: 'Quoted text before the @ is not accepted.',
  whitespace: 'An email address cannot contain spaces.',
  missing_at: 'An email address needs an @.',
  multiple_at: 'An email address has only one @.',
  comment: 'Comments in parentheses are not accepted.',
  local_empty: 'Something is missing before the @.',
  local_too_long: 'The part before the @ is longer than 64 characters.',
  local_unicode: 'The part before the @ can only use unaccented letters, digits and punctuation.',
  local_char: 'The part before the @ contains a character that is not allowed.',
  local_dot: 'The part before the @ cannot start or end with a dot or have two dots in a row.',
  domain_empty: 'Something is missing after the @.',
  ip_literal: 'Use a domain name after the @, not an IP address.',
  domain_char: 'The domain can only contain letters, digits, dots and hyphens.',
  domain_idn: 'The domain is not a valid international domain name.',
  domain_label: 'Each part of the domain needs 1 to 63 characters.',
  domain_hyphen: 'A part of the domain cannot start or end with a hyphen.',
  missing_tld: 'The domain needs an ending such as .com.',
  tld: 'The domain must end in at least two letters.',
  domain_too_long: 'The domain is longer than 253 characters.',
  too_long: 'The address is longer than 254 characters.',
};

/** Every code, in the order they are checked. */
export const syntaxCodes = Object.keys(syntaxMessages) as SyntaxCode[];
