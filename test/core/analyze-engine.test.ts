// How analyze() treats the typo engine's answers, whatever they are: a suggestion must be valid,
// keep the local part and change the address, and a failing engine must never fail the analysis.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Suggestion } from '../../core/suggest.js';

const engine = vi.hoisted(() => ({ answer: (_address: string): Suggestion | null => null }));
vi.mock('../../core/suggest.js', () => ({ suggest: (address: string) => engine.answer(address) }));

const { analyze } = await import('../../core/analyze.js');
const { createAnalyzer } = await import('../../core/batch-analyze.js');

function answer(full: string): void {
  engine.answer = () => ({ full, domain: full.slice(full.indexOf('@') + 1) });
}

describe('analyze with the typo engine', () => {
  beforeEach(() => {
    engine.answer = () => null;
  });

  it('passes on a valid correction', () => {
    answer('jane@example.org');
    expect(analyze('jane@example.og').suggestion).toBe('jane@example.org');
  });

  it('asks the engine about the trimmed input', () => {
    const asked: string[] = [];
    engine.answer = (address) => (asked.push(address), null);
    analyze('  jane@example.og\u00a0');
    expect(asked).toEqual(['jane@example.og']);
  });

  it('drops a correction that is not a valid address', () => {
    answer('jane@example');
    expect(analyze('jane@example.og').suggestion).toBeNull();
  });

  it('drops a correction that changes the local part', () => {
    answer('joan@example.org');
    expect(analyze('jane@example.og').suggestion).toBeNull();
  });

  it('drops a correction that is the same address in another case', () => {
    answer('jane@EXAMPLE.og');
    expect(analyze('jane@example.og').suggestion).toBeNull();
  });

  it('keeps the paste fix when the engine has nothing better', () => {
    expect(analyze('mailto:jane@example.og').suggestion).toBe('jane@example.og');
  });

  it('still analyses the address when the engine throws', () => {
    engine.answer = () => {
      throw new Error('engine failure');
    };
    const result = analyze('jane@example.og');
    expect(result.valid).toBe(true);
    expect(result.suggestion).toBeNull();
  });

  it('does not ask the engine about an address broken beyond its ending', () => {
    const asked: string[] = [];
    engine.answer = (address) => (asked.push(address), null);
    analyze('jane doe@example.og');
    analyze('jane@exa_mple.og');
    expect(asked).toEqual([]);
  });
});

describe('createAnalyzer', () => {
  beforeEach(() => {
    engine.answer = () => null;
  });

  it('asks the engine once per domain and rebuilds the correction for each local part', () => {
    const asked: string[] = [];
    engine.answer = (address) => {
      asked.push(address);
      const local = address.slice(0, address.lastIndexOf('@'));
      return { full: `${local}@example.org`, domain: 'example.org' };
    };
    const analyzeMany = createAnalyzer();
    expect(analyzeMany('jane@example.og').suggestion).toBe('jane@example.org');
    expect(analyzeMany('Joe.Bloggs@example.og').suggestion).toBe('Joe.Bloggs@example.org');
    expect(asked).toEqual(['jane@example.og']);
  });

  it('remembers that a domain has no correction', () => {
    let asked = 0;
    engine.answer = () => (asked++, null);
    const analyzeMany = createAnalyzer();
    analyzeMany('jane@example.com');
    analyzeMany('joe@example.com');
    expect(asked).toBe(1);
  });

  it('asks again for a domain it had to forget to stay within its size', () => {
    let asked = 0;
    engine.answer = () => (asked++, null);
    const analyzeMany = createAnalyzer({ memo: 1 });
    for (const domain of ['a.com', 'b.com', 'a.com']) analyzeMany(`jane@${domain}`);
    expect(asked).toBe(3);
  });

  it('gives the same answers as analyze()', () => {
    answer('jane@example.org');
    const analyzeMany = createAnalyzer({ allowUnicodeLocal: true });
    for (const input of ['jane@example.og', 'mailto:jane@example.og', 'josé@x.com', 'nope']) {
      expect(analyzeMany(input)).toEqual(analyze(input, { allowUnicodeLocal: true }));
    }
  });

  it('refuses a memo size that is not a whole number of domains, saying what it received', () => {
    expect(() => createAnalyzer({ memo: -1 })).toThrow(/memo must be a whole number.*-1/);
    expect(() => createAnalyzer({ memo: 1.5 })).toThrow(/received 1.5/);
  });
});
