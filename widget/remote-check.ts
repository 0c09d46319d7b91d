import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { RemoteCheckError, requestVerdict, type RemoteAnswer } from './client.js';
import { unknownVerdict } from './verdicts.js';

/** `initial` before any check, then `pending`, then `complete` (a verdict) or `error` (unknown). */
export type RemoteStatus = 'initial' | 'pending' | 'complete' | 'error';

export interface RemoteCheckConfig {
  endpoint: string;
  publicKey: string;
  /** Milliseconds before an unanswered check gives up as `unknown`. */
  timeout: number;
}

/** Called once per check that was not superseded, with its answer (unknown on failure). */
export type SettledCallback = (answer: RemoteAnswer, error: RemoteCheckError | null) => void;

// Verdicts are remembered for the page's life, so going back to an address already checked
// costs no request. Failures are not remembered: a later attempt may well succeed.
const remembered = new Map<string, RemoteAnswer>();

/** Forgets every remembered verdict (for tests and for pages that switch keys). */
export function forgetVerdicts(): void {
  remembered.clear();
}

/**
 * The remote check as a Lit reactive controller, in the manner of `@lit/task`: one address at a
 * time, a status the host renders from, the previous request aborted when the address changes,
 * and a deadline after which the answer is `unknown`.
 */
export class RemoteCheckController implements ReactiveController {
  status: RemoteStatus = 'initial';
  /** The address of the current or last check. */
  email: string | null = null;
  /** Whether that check told the proxy the person accepted a warning. */
  acceptWarning = false;
  /** The answer for `email` once settled; on failure an `unknown` verdict and an empty token. */
  answer: RemoteAnswer | null = null;

  #controller: AbortController | null = null;
  #settled: Promise<void> = Promise.resolve();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: () => RemoteCheckConfig,
    private readonly onSettled: SettledCallback,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.reset();
  }

  /** Whether a verdict for `email` is remembered, so checking it costs no request. */
  remembers(email: string, acceptWarning = false): boolean {
    return remembered.has(this.#key(email, acceptWarning));
  }

  #key(email: string, acceptWarning: boolean): string {
    const { endpoint, publicKey } = this.config();
    return `${endpoint}\n${publicKey}\n${email}\n${acceptWarning}`;
  }

  /**
   * Checks `email` unless it is already checked or being checked; returns when it settles.
   * With `acceptWarning` the proxy signs a token saying the person chose to go on despite a
   * warning (the site's server accepts risky addresses only then).
   */
  run(email: string, acceptWarning = false): Promise<void> {
    const same = this.email === email && this.acceptWarning === acceptWarning;
    if (same && this.status !== 'initial') return this.#settled;
    this.reset();
    this.email = email;
    this.acceptWarning = acceptWarning;
    const { endpoint, publicKey, timeout } = this.config();
    const key = this.#key(email, acceptWarning);
    const known = remembered.get(key);
    if (known) {
      this.#settle('complete', known, null);
      return this.#settled;
    }
    const controller = new AbortController();
    this.#controller = controller;
    const timer = setTimeout(
      () =>
        controller.abort(
          new RemoteCheckError('timeout', `The proxy gave no answer in ${timeout} ms.`),
        ),
      timeout,
    );
    this.status = 'pending';
    this.host.requestUpdate();
    this.#settled = requestVerdict({
      endpoint,
      publicKey,
      email,
      acceptWarning,
      signal: controller.signal,
    })
      .then(
        (answer) => {
          if (this.#controller !== controller) return;
          remembered.set(key, answer);
          this.#settle('complete', answer, null);
        },
        (reason: unknown) => {
          if (this.#controller !== controller) return;
          const error =
            reason instanceof RemoteCheckError
              ? reason
              : new RemoteCheckError('network', String(reason));
          this.#settle(
            'error',
            { verdict: unknownVerdict(email, error.message), token: '' },
            error,
          );
        },
      )
      .finally(() => clearTimeout(timer));
    return this.#settled;
  }

  /** Aborts any request under way and forgets the current address. */
  reset(): void {
    this.#controller?.abort();
    this.#controller = null;
    this.#settled = Promise.resolve();
    this.status = 'initial';
    this.email = null;
    this.acceptWarning = false;
    this.answer = null;
  }

  #settle(status: RemoteStatus, answer: RemoteAnswer, error: RemoteCheckError | null): void {
    this.#controller = null;
    this.status = status;
    this.answer = answer;
    this.host.requestUpdate();
    this.onSettled(answer, error);
  }
}
