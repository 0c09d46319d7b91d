import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../../core/verdict.js';
import { createPipeline, type Pipeline } from '../../../proxy/pipeline/index.js';

type PipelineCalls = Pick<Pipeline, 'validate' | 'close'>;
import { createLocalUpstream } from '../../../proxy/upstreams/local.js';
import { UpstreamError } from '../../../proxy/upstreams/types.js';

describe('the local upstream', () => {
  it('answers with the local pipeline’s verdict, marked as local and not cached', async () => {
    // DNS goes to a closed port on loopback: nothing leaves the machine.
    const upstream = createLocalUpstream(
      createPipeline({ dns: { servers: ['127.0.0.1:9'], timeoutMs: 200, tries: 1 } }),
    );
    const verdict = await upstream.validate('jane@example.com', {
      signal: AbortSignal.timeout(5_000),
    });
    expect(verdict).toMatchObject({ email: 'jane@example.com', source: 'local', cached: false });
    await upstream.close?.();
  });

  it('hands the abort signal to the pipeline', async () => {
    let seen: AbortSignal | undefined;
    const pipeline: PipelineCalls = {
      validate: async (_email, options) => {
        seen = options?.signal;
        return (await createPipeline().validate('not an address')) as Verdict;
      },
      close: async () => {},
    };
    const signal = AbortSignal.timeout(5_000);
    await createLocalUpstream(pipeline).validate('jane@example.com', { signal });
    expect(seen).toBe(signal);
  });

  it('turns a pipeline crash into a server failure without quoting its message', async () => {
    const pipeline: PipelineCalls = {
      validate: async () => {
        throw new Error('crashed on secret.person@example.com');
      },
      close: async () => {},
    };
    const error = await createLocalUpstream(pipeline)
      .validate('secret.person@example.com', { signal: AbortSignal.timeout(5_000) })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UpstreamError);
    expect(error).toMatchObject({ kind: 'server' });
    expect((error as Error).message).not.toContain('secret.person');
  });

  it('turns an abort into a timeout', async () => {
    const pipeline: PipelineCalls = {
      validate: (_email, options) =>
        new Promise((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () => reject(new Error('aborted')));
        }),
      close: async () => {},
    };
    const error = await createLocalUpstream(pipeline)
      .validate('jane@example.com', { signal: AbortSignal.timeout(100) })
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ kind: 'timeout' });
  });
});
