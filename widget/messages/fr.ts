import type { Messages } from './en.js';

export const fr: Messages = {
  label: 'Adresse e-mail',
  checking: 'Vérification de l’adresse…',
  valid: 'Cette adresse semble correcte.',
  required: 'Veuillez saisir votre adresse e-mail.',
  syntax: 'Veuillez saisir une adresse e-mail complète, par exemple jeanne@exemple.fr.',
  undeliverable: 'Cette adresse ne peut pas recevoir d’e-mails. Veuillez la vérifier.',
  disposable: 'Veuillez utiliser une adresse permanente, pas une adresse jetable.',
  role: 'Cette adresse semble partagée. Une adresse personnelle est préférable.',
  catchAll: 'Nous n’avons pas pu confirmer que cette boîte existe.',
  risky: 'Les e-mails envoyés à cette adresse risquent de ne pas arriver.',
  unknown: 'Nous n’avons pas pu vérifier cette adresse pour le moment.',
  suggestion: 'Vouliez-vous dire {suggestion} ?',
  dismiss: 'Ignorer la suggestion',
  useAnyway: 'L’utiliser quand même',
};
