// PLACEHOLDER: replaced by the real syntax policy (issue 2). Signature is the contract.

/** Stable reason codes for invalid syntax. */
export type SyntaxCode = string;

export interface SyntaxOptions {
  /** Allow non-ASCII local parts (for SMTPUTF8 servers). Default `false`. */
  allowUnicodeLocal?: boolean;
}

export interface SyntaxResult {
  valid: boolean;
  code: SyntaxCode | null;
  /** `local@asciiDomain`, lowercased, when valid; else `null`. */
  normalized: string | null;
  local: string | null;
  domain: string | null;
  asciiDomain: string | null;
  /** For a recognised paste mistake (`mailto:`, `Name <a@b.c>`, …), the unambiguous fix. */
  fix: string | null;
}

export function checkSyntax(input: string, _options: SyntaxOptions = {}): SyntaxResult {
  const trimmed = input.trim();
  const at = trimmed.indexOf('@');
  const valid = at > 0 && at < trimmed.length - 1 && trimmed.indexOf('@', at + 1) < 0;
  const local = valid ? trimmed.slice(0, at) : null;
  const domain = valid ? trimmed.slice(at + 1) : null;
  return {
    valid,
    code: valid ? null : 'missing_at',
    normalized: valid ? trimmed.toLowerCase() : null,
    local,
    domain,
    asciiDomain: domain?.toLowerCase() ?? null,
    fix: null,
  };
}
