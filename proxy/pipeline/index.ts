export {
  pipelineOptionsSchema,
  parsePipelineOptions,
  describeOptionsError,
  type PipelineOptions,
  type PipelineConfig,
} from './options.js';
export { createPipeline, type Pipeline, type ValidateCallOptions } from './runner.js';
export { classifyAddress, isPublicAddress, type AddressKind } from './addresses.js';
export type { DomainFacts, MxHost } from './dns.js';
export type { SmtpFindings, SmtpStatus } from './smtp/check.js';
export { decide, type Decision, type RuleName } from './score.js';
