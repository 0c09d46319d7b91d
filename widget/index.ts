export { EmailCheck, defineEmailCheck } from './email-check.js';
export type {
  EmailCheckErrorDetail,
  EmailCheckErrorEvent,
  EmailCheckEventMap,
  EmailCheckResultDetail,
  EmailCheckResultEvent,
  EmailCheckSuggestionDetail,
  EmailCheckSuggestionEvent,
} from './events.js';
export { enhance, optionsFromScript, wrap } from './enhancer.js';
export type { EnhanceOptions, Enhancer } from './enhancer.js';
export { EmailValidator } from './validator.js';
export type { Assessment, InstantCheck } from './validator.js';
export { defaultPolicy, judge, outcomesOf } from './policy.js';
export type { Action, Outcome, Policy } from './policy.js';
export { RemoteCheckError } from './client.js';
export { forgetVerdicts } from './remote-check.js';
export { builtIn as messages } from './messages/locale.js';
export type { Messages } from './messages/en.js';
