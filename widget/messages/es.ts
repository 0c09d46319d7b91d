import type { Messages } from './en.js';

export const es: Messages = {
  label: 'Correo electrónico',
  checking: 'Comprobando la dirección…',
  valid: 'Esta dirección parece correcta.',
  required: 'Introduce tu dirección de correo electrónico.',
  syntax: 'Introduce una dirección de correo completa, como ana@ejemplo.es.',
  undeliverable: 'Esta dirección no puede recibir correo. Revísala, por favor.',
  disposable: 'Usa una dirección permanente, no una desechable.',
  role: 'Parece una dirección compartida. Es mejor una personal.',
  catchAll: 'No hemos podido confirmar que este buzón exista.',
  risky: 'Es posible que el correo a esta dirección no llegue.',
  unknown: 'No hemos podido comprobar esta dirección ahora mismo.',
  suggestion: '¿Quisiste decir {suggestion}?',
  dismiss: 'Descartar la sugerencia',
  useAnyway: 'Usarla de todos modos',
};
