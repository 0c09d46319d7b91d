export { createApp, type AppDependencies, type EmailCheckApp } from './app.js';
export {
  appConfigSchema,
  fileConfigSchema,
  type AppConfig,
  type AppConfigInput,
  type FileConfig,
  type KeyConfig,
  type Scope,
} from './config/schema.js';
export { ConfigError } from './config/errors.js';
export { loadConfig, type LoadedConfig } from './config/load.js';
export { generateKey, generateSecret } from './keys/generate.js';
export { HttpError } from './http-error.js';
export { startServer, type RunningServer, type StartServerOptions } from './server.js';
export {
  defaultAccept,
  signVerdictToken,
  verdictTokenMiddleware,
  verifyVerdictToken,
  type TokenRefusal,
  type VerdictClaims,
  type VerdictTokenCheck,
  type VerdictTokenMiddlewareOptions,
  type VerifyFailure,
  type VerifyResult,
} from './tokens/index.js';
export { createPipeline, type Pipeline, type PipelineOptions } from './pipeline/index.js';
export { magicAddresses, type MagicAddress } from './upstreams/test.js';
