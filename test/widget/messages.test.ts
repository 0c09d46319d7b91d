import { expect, fixture, html } from '@open-wc/testing';
import '../../widget/email-check.js';
import type { EmailCheck } from '../../widget/email-check.js';
import { builtIn, messagesFor } from '../../widget/messages/locale.js';
import { EmailCheckHarness } from './harness.js';

async function inLang(lang: string, messages?: string) {
  const wrapper = await fixture<HTMLElement>(html`
    <div lang=${lang}>
      <email-check messages=${messages ?? '{}'}
        ><input type="email" aria-label="Email"
      /></email-check>
    </div>
  `);
  return new EmailCheckHarness(wrapper.querySelector('email-check') as EmailCheck);
}

async function syntaxMessage(ui: EmailCheckHarness) {
  await ui.type('jane@');
  await ui.leave();
  return ui.message;
}

describe('<email-check> messages', () => {
  it('speaks German, French and Spanish, chosen from the nearest lang', async () => {
    expect(await syntaxMessage(await inLang('de'))).to.contain(builtIn.de?.syntax);
    expect(await syntaxMessage(await inLang('fr-CA'))).to.contain(builtIn.fr?.syntax);
    expect(await syntaxMessage(await inLang('es'))).to.contain(builtIn.es?.syntax);
  });

  it('falls back to English for a language it does not have', async () => {
    expect(await syntaxMessage(await inLang('nl'))).to.contain(builtIn.en?.syntax);
  });

  it('puts the suggestion into the translated sentence', async () => {
    const ui = await inLang('de');
    await ui.type('jane@gmial.com');
    expect(ui.message).to.contain('Meinten Sie jane@gmail.com?');
  });

  it('takes any string from the messages attribute', async () => {
    const ui = await inLang('en', JSON.stringify({ syntax: 'That is not an address.' }));
    expect(await syntaxMessage(ui)).to.contain('That is not an address.');
  });

  it('reports a messages attribute that is not a JSON object and keeps the built-in strings', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (message: string) => errors.push(message);
    try {
      const ui = await inLang('en', '{syntax: oops}');
      expect(errors.join('\n')).to.contain('is not a JSON object of strings');
      expect(await syntaxMessage(ui)).to.contain(builtIn.en?.syntax);
    } finally {
      console.error = original;
    }
  });

  it('has every string in every built-in language', () => {
    const keys = Object.keys(builtIn.en ?? {}).sort();
    for (const [lang, messages] of Object.entries(builtIn)) {
      expect(Object.keys(messages).sort(), lang).to.deep.equal(keys);
      expect(messages.suggestion, lang).to.contain('{suggestion}');
    }
  });

  it('lays overrides over the language’s own strings', () => {
    const messages = messagesFor('de-AT', { valid: 'Passt.' });
    expect(messages.valid).to.equal('Passt.');
    expect(messages.syntax).to.equal(builtIn.de?.syntax);
  });
});
