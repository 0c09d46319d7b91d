import { expect, waitUntil } from '@open-wc/testing';
import { fakeEndpoint, fakePublicKey } from './support/fake-endpoint.js';

// The built script-tag file, exactly as a marketing page loads it. `npm test` builds before the
// browser suites; when dist/ is absent (a quick `npx wtr` on a fresh clone) this is skipped.
const bundle = '/dist/bundle/email-check.iife.js';

describe('the built script-tag bundle', () => {
  before(async function () {
    const response = await fetch(bundle, { method: 'HEAD' });
    if (!response.ok) this.skip();
  });

  it('enhances the page’s email inputs, including ones added after it loaded', async () => {
    const first = document.createElement('form');
    first.innerHTML = '<input type="email" name="email" aria-label="Email">';
    document.body.append(first);
    const script = document.createElement('script');
    script.src = bundle;
    script.dataset.endpoint = fakeEndpoint;
    script.dataset.publicKey = fakePublicKey;
    const loaded = new Promise((resolve) => script.addEventListener('load', resolve));
    document.head.append(script);
    await loaded;
    const element = first.querySelector('email-check');
    expect(element?.getAttribute('public-key')).to.equal(fakePublicKey);
    expect(customElements.get('email-check')).to.be.a('function');

    const later = document.createElement('form');
    later.innerHTML = '<input type="email" name="email" aria-label="Email">';
    document.body.append(later);
    await waitUntil(() => later.querySelector('email-check'), 'the later input was not wrapped');
  });
});
