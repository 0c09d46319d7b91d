import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's npm snippets are the files test/package/package.test.ts builds from the packed
// tarball: if either changes alone, the README would show code nobody has built.

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const consumer = (path: string) =>
  readFileSync(resolve(root, 'test/package/consumer', path), 'utf8').trimEnd();

/** The body of every fenced block of one language in the README. */
function blocks(language: string): string[] {
  const fence = new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```', 'g');
  return [...readme.matchAll(fence)].map((match) => match[1] ?? '');
}

describe('the README', () => {
  it('shows the React component that the package test builds', () => {
    expect(blocks('jsx')).toContain(consumer('react/SignupForm.jsx'));
  });

  it('shows the Vue component that the package test builds', () => {
    expect(blocks('vue')).toContain(consumer('vue/SignupForm.vue'));
  });

  it('shows the plain HTML form that the package test builds', () => {
    const page = consumer('index.html');
    const form = /^( *)<form[\s\S]*?<\/form>/m.exec(page);
    expect(form).not.toBeNull();
    const indent = form?.[1]?.length ?? 0;
    const unindented = (form?.[0] ?? '')
      .split('\n')
      .map((line) => line.slice(indent))
      .join('\n');
    expect(blocks('html')).toContain(unindented);
  });
});
