// PLACEHOLDER: the proxy (issue 4).
export { createPipeline, type Pipeline, type PipelineOptions } from './pipeline/index.js';
