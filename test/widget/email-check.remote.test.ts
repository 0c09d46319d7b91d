import { expect, waitUntil } from '@open-wc/testing';
import { fakeStats, resetFake, sleep } from './harness.js';
import { wrappedField } from './support/fixtures.js';

describe('<email-check> talking to the proxy', () => {
  beforeEach(resetFake);

  it('sends at most one request while a 25-character address is typed at a normal pace', async () => {
    const ui = await wrappedField({ delay: '800' });
    const address = 'jane.doe.smith@example.com'.slice(0, 25);
    expect(address.length).to.equal(25);
    await ui.typeSlowly(address, 120);
    expect((await fakeStats()).requests).to.be.at.most(1);
    await ui.remoteResult();
    const stats = await fakeStats();
    expect(stats.requests).to.equal(1);
    expect(stats.emails).to.deep.equal([address]);
  });

  it('sends nothing for an address with invalid syntax, even on leaving the field', async () => {
    const ui = await wrappedField();
    await ui.typeSlowly('jane.doe@@example.com', 30);
    await ui.leave();
    await sleep(200);
    expect((await fakeStats()).requests).to.equal(0);
  });

  it('sends the public key and the address as the proxy’s contract says', async () => {
    const ui = await wrappedField();
    await ui.type('  Jane@Example.com ');
    await ui.leave();
    await ui.settled();
    expect((await fakeStats()).emails).to.deep.equal(['jane@example.com']);
    expect(ui.is('valid')).to.equal(true);
  });

  it('remembers verdicts per address for the page’s life', async () => {
    const ui = await wrappedField();
    await ui.type('jane@example.com');
    await ui.leave();
    await ui.settled();
    await ui.replace('john@example.com');
    await ui.leave();
    await ui.settled();
    await ui.replace('jane@example.com');
    await ui.leave();
    await ui.settled();
    expect(ui.is('valid')).to.equal(true);
    expect(ui.tokenField?.value).to.equal('tok.jane@example.com');
    expect((await fakeStats()).requests).to.equal(2);
  });

  it('aborts a request for an older value as soon as the value changes', async () => {
    const ui = await wrappedField({ timeout: '3000' });
    await ui.type('slow@example.com');
    await ui.leave();
    expect(ui.is('checking')).to.equal(true);
    await sleep(100);
    await ui.focus();
    await ui.press('End');
    await ui.type('x');
    expect(ui.is('checking')).to.equal(false);
    await waitUntil(async () => (await fakeStats()).aborted === 1, 'the server saw no abort');
    await ui.leave();
    await ui.settled();
    expect(ui.element.verdict?.email).to.equal('slow@example.comx');
  });

  it('gives unknown, which passes, when the proxy does not answer in time', async () => {
    const ui = await wrappedField({ timeout: '200' });
    const failed = ui.next('email-check-error');
    const result = ui.remoteResult();
    await ui.type('slow@example.com');
    await ui.leave();
    expect((await failed).detail).to.include({ code: 'timeout', email: 'slow@example.com' });
    expect((await result).detail.verdict.result).to.equal('unknown');
    expect(ui.is('valid')).to.equal(true);
    expect(ui.input.validity.valid).to.equal(true);
    expect(ui.tokenField?.value).to.equal('');
  });

  it('gives unknown, which passes, when the proxy fails with a server error', async () => {
    const ui = await wrappedField();
    const failed = ui.next('email-check-error');
    await ui.type('error500@example.com');
    await ui.leave();
    expect((await failed).detail).to.include({ code: 'internal', status: 500 });
    await ui.settled();
    expect(ui.element.verdict?.result).to.equal('unknown');
    expect(ui.input.validity.valid).to.equal(true);
  });

  it('gives unknown when the proxy answers 200 without a well-formed verdict', async () => {
    const ui = await wrappedField();
    const failed = ui.next('email-check-error');
    await ui.type('garbage@example.com');
    await ui.leave();
    expect((await failed).detail).to.include({ code: 'bad_response', status: 200 });
  });

  it('gives unknown when the key is refused, and says so in the error event', async () => {
    const ui = await wrappedField({ 'public-key': 'pk_test_wrong' });
    const failed = ui.next('email-check-error');
    await ui.type('jane@example.com');
    await ui.leave();
    expect((await failed).detail).to.include({ code: 'unauthorized', status: 401 });
    await ui.settled();
    expect(ui.input.validity.valid).to.equal(true);
  });

  it('gives unknown when the proxy cannot be reached at all', async () => {
    const ui = await wrappedField({ endpoint: 'http://127.0.0.1:9/v1/validate' });
    const failed = ui.next('email-check-error');
    await ui.type('jane@example.com');
    await ui.leave();
    expect((await failed).detail.code).to.equal('network');
    await ui.settled();
    expect(ui.input.validity.valid).to.equal(true);
  });

  it('reports a delay or timeout that is not a duration and keeps the default', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const ui = await wrappedField({ timeout: 'soon', delay: '-5' });
      expect(errors).to.deep.equal([
        '<email-check>: timeout="soon" is not a number of milliseconds ≥ 0. Using 4000.',
        '<email-check>: delay="-5" is not a number of milliseconds ≥ 0. Using 800.',
      ]);
      expect([ui.element.timeout, ui.element.delay]).to.deep.equal([4000, 800]);
    } finally {
      console.error = original;
    }
  });

  it('checks with no request at all when no endpoint is set', async () => {
    const ui = await wrappedField({ endpoint: '' });
    await ui.type('jane@example.com');
    await ui.leave();
    await sleep(100);
    expect(ui.is('valid')).to.equal(true);
    expect((await fakeStats()).requests).to.equal(0);
  });

  it('checks at once from check(), without waiting for a pause', async () => {
    const ui = await wrappedField({ delay: '5000' });
    await ui.type('jane@example.com');
    const verdict = await ui.element.check();
    expect(verdict?.result).to.equal('deliverable');
    expect(ui.element.token).to.equal('tok.jane@example.com');
  });
});
