/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (char) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char] ?? char,
  );
}

/**
 * Fills `{{name}}` placeholders. Values are escaped unless the name is listed as raw (for
 * fragments this module built itself).
 */
export function fill(
  template: string,
  values: Record<string, string>,
  raw: ReadonlySet<string> = new Set(),
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return raw.has(name) ? value : escapeHtml(value);
  });
}
