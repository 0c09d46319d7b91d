// The verdict's fixed vocabularies, without zod: core/verdict.ts builds its schema from these, and
// the widget checks the proxy's answers against them without shipping zod to the browser.

export const results = ['deliverable', 'undeliverable', 'risky', 'unknown'] as const;
export const severities = ['valid', 'warning', 'invalid'] as const;
export const checkNames = [
  'syntax',
  'domain',
  'disposable',
  'roleBased',
  'freeProvider',
  'smtp',
  'catchAll',
] as const;
export type CheckName = (typeof checkNames)[number];
