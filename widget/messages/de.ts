import type { Messages } from './en.js';

export const de: Messages = {
  label: 'E-Mail-Adresse',
  checking: 'Adresse wird geprüft…',
  valid: 'Diese Adresse sieht gut aus.',
  required: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
  syntax: 'Bitte geben Sie eine vollständige E-Mail-Adresse ein, z. B. jana@beispiel.de.',
  undeliverable: 'An diese Adresse kann keine E-Mail zugestellt werden. Bitte prüfen Sie sie.',
  disposable: 'Bitte verwenden Sie eine dauerhafte Adresse, keine Wegwerfadresse.',
  role: 'Das sieht nach einer Sammeladresse aus. Eine persönliche ist besser.',
  catchAll: 'Wir konnten nicht bestätigen, dass dieses Postfach existiert.',
  risky: 'E-Mails an diese Adresse kommen möglicherweise nicht an.',
  unknown: 'Wir konnten diese Adresse gerade nicht prüfen.',
  suggestion: 'Meinten Sie {suggestion}?',
  dismiss: 'Vorschlag schließen',
  useAnyway: 'Trotzdem verwenden',
};
