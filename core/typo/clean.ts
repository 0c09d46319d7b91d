/** An address split at its last `@`: the local part as typed and the domain as typed. */
export interface TypedAddress {
  local: string;
  domain: string;
}

/** Splits `address` at its last `@`, after trimming; `null` without a local part or domain. */
export function splitAddress(address: string): TypedAddress | null {
  const trimmed = address.trim();
  const at = trimmed.lastIndexOf('@');
  if (at < 1 || at === trimmed.length - 1) return null;
  return { local: trimmed.slice(0, at), domain: trimmed.slice(at + 1) };
}

/**
 * The domain with the slips that never belong in one undone: case, spaces, a comma for a dot,
 * doubled dots, dots at either end (`Gmail,com.` → `gmail.com`).
 */
export function cleanDomain(domain: string): string {
  return domain
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(/[.,]+/g, '.')
    .replace(/^\.|\.$/g, '');
}
