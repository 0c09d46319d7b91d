import type { Pipeline } from '../pipeline/index.js';
import { UpstreamError, type Upstream } from './types.js';

const NAME = 'local';

/**
 * The project's own pipeline as an upstream. It runs in-process, so the deadline reaches it as
 * the abort signal and whatever it had not settled by then comes back as `unknown` checks. Options
 * `quickMode` and `skipCatchAll` are the pipeline's own configuration here, not per call.
 */
export function createLocalUpstream(pipeline: Pick<Pipeline, 'validate' | 'close'>): Upstream {
  return {
    name: NAME,
    async validate(email, options) {
      try {
        const verdict = await pipeline.validate(email, { signal: options.signal });
        return { ...verdict, source: NAME, cached: false };
      } catch (error) {
        if (options.signal.aborted) {
          throw new UpstreamError(
            'timeout',
            'The local pipeline did not finish before the deadline.',
            {
              upstream: NAME,
            },
          );
        }
        // The error's name only: a pipeline message may quote the address.
        const why = error instanceof Error ? ` (${error.name})` : '';
        throw new UpstreamError('server', `The local pipeline failed${why}.`, { upstream: NAME });
      }
    },
    async ready() {
      return true;
    },
    close: () => pipeline.close(),
  };
}
