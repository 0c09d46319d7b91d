import { expect } from '@open-wc/testing';
import type { Verdict } from '../../core/verdict.js';
import { defaultPolicy, judge, outcomesOf, parseAction } from '../../widget/policy.js';
import { isValidateResponse } from '../../widget/response.js';
import { EmailValidator } from '../../widget/validator.js';
import { instantVerdict, unknownVerdict } from '../../widget/verdicts.js';

// The validator and policy touch no DOM: these run in the browser only because test/widget does.

function verdict(result: Verdict['result'], failing: (keyof Verdict['checks'])[] = []): Verdict {
  const base = unknownVerdict('jane@example.com', 'test');
  const checks = { ...base.checks };
  for (const name of Object.keys(checks) as (keyof Verdict['checks'])[]) {
    checks[name] = { passed: !failing.includes(name), message: name };
  }
  return { ...base, result, checks, source: 'test' };
}

describe('EmailValidator', () => {
  const validator = new EmailValidator();
  const assess = (value: string, verdictValue: Verdict | null = null, acceptedWarning = false) =>
    validator.assess({
      instant: validator.instant(value),
      verdict: verdictValue,
      policy: defaultPolicy,
      required: false,
      acceptedWarning,
    });

  it('remembers its last instant check instead of running the checks again', () => {
    const first = validator.instant('jane@example.com');
    expect(validator.instant('jane@example.com')).to.equal(first);
    expect(validator.instant('john@example.com')).not.to.equal(first);
  });

  it('lets an empty optional field pass and blocks an empty required one', () => {
    expect(assess('  ')).to.deep.equal({ action: 'allow', reason: null });
    const required = validator.assess({
      instant: validator.instant(''),
      verdict: null,
      policy: defaultPolicy,
      required: true,
      acceptedWarning: false,
    });
    expect(required).to.deep.equal({ action: 'block', reason: 'required' });
  });

  it('blocks invalid syntax before any verdict', () => {
    expect(assess('jane@')).to.deep.equal({ action: 'block', reason: 'syntax' });
  });

  it('lets valid syntax pass while no verdict has arrived', () => {
    expect(assess('jane@example.com')).to.deep.equal({ action: 'allow', reason: null });
  });

  it('applies the policy to the verdict, and lets an accepted warning pass', () => {
    expect(assess('jane@example.com', verdict('undeliverable'))).to.deep.equal({
      action: 'block',
      reason: 'undeliverable',
    });
    expect(assess('jane@example.com', verdict('risky', ['roleBased']))).to.deep.equal({
      action: 'warn',
      reason: 'role',
    });
    expect(assess('jane@example.com', verdict('risky', ['roleBased']), true)).to.deep.equal({
      action: 'allow',
      reason: 'role',
    });
  });

  it('offers a paste fix and a likely typo, but not for a correct address', () => {
    expect(validator.instant('mailto:jane@example.com').suggestion).to.equal('jane@example.com');
    expect(validator.instant('jane@gmial.com').suggestion).to.equal('jane@gmail.com');
    expect(validator.instant('jane@gmail.com').suggestion).to.equal(null);
    expect(validator.instant('jane@gmial.com ', false).suggestion).to.equal(null);
  });
});

describe('policy', () => {
  it('names every outcome a verdict carries, most serious first', () => {
    expect(outcomesOf(verdict('deliverable'))).to.deep.equal([]);
    expect(outcomesOf(verdict('unknown', ['smtp']))).to.deep.equal(['unknown']);
    expect(outcomesOf(verdict('undeliverable', ['domain']))).to.deep.equal(['undeliverable']);
    expect(outcomesOf(verdict('risky', ['disposable', 'roleBased']))).to.deep.equal([
      'disposable',
      'role',
    ]);
    expect(outcomesOf(verdict('risky', ['catchAll']))).to.deep.equal(['catchAll']);
    expect(outcomesOf(verdict('risky', ['smtp']))).to.deep.equal(['risky']);
  });

  it('takes the strictest action any outcome asks for', () => {
    expect(judge(['role', 'disposable'], defaultPolicy)).to.deep.equal({
      action: 'block',
      outcome: 'disposable',
    });
    expect(judge(['unknown'], defaultPolicy)).to.deep.equal({ action: 'allow', outcome: null });
    expect(judge(['unknown'], { ...defaultPolicy, unknown: 'warn' })).to.deep.equal({
      action: 'warn',
      outcome: 'unknown',
    });
  });

  it('reads block, warn and allow in any case, and refuses anything else with the fix', () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      expect(parseAction('catch-all', ' Block ')).to.equal('block');
      expect(parseAction('catch-all', null)).to.equal(undefined);
      expect(parseAction('catch-all', 'deny')).to.equal(undefined);
      expect(errors).to.deep.equal([
        '<email-check>: catch-all="deny" is not "block", "warn" or "allow". Using the default.',
      ]);
    } finally {
      console.error = original;
    }
  });
});

describe('instant verdicts', () => {
  it('says undeliverable for invalid syntax and unknown for valid syntax, in the shared shape', () => {
    const validator = new EmailValidator();
    const bad = instantVerdict(validator.instant('jane@'));
    expect(bad).to.include({ result: 'undeliverable', severity: 'invalid', source: 'instant' });
    expect(bad.checks.syntax.passed).to.equal(false);
    const good = instantVerdict(validator.instant(' Jane@Example.com'));
    expect(good).to.include({ email: 'jane@example.com', result: 'unknown', source: 'instant' });
    expect(good.checks.smtp.passed).to.equal(null);
  });
});

describe('the response guard', () => {
  const ok = { status: 'success', data: verdict('deliverable'), token: 't' };

  it('accepts the proxy’s success envelope', () => {
    expect(isValidateResponse(ok)).to.equal(true);
  });

  it('refuses answers that are not safe to read', () => {
    expect(isValidateResponse(null)).to.equal(false);
    expect(isValidateResponse({ ...ok, token: undefined })).to.equal(false);
    expect(isValidateResponse({ ...ok, data: { ...ok.data, result: 'great' } })).to.equal(false);
    expect(isValidateResponse({ ...ok, data: { ...ok.data, score: '90' } })).to.equal(false);
    const checks: Partial<Verdict['checks']> = { ...ok.data.checks };
    delete checks.smtp;
    expect(isValidateResponse({ ...ok, data: { ...ok.data, checks } })).to.equal(false);
  });
});
