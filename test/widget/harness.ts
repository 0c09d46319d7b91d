import { waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { EmailCheck } from '../../widget/email-check.js';
import type { EmailCheckResultEvent } from '../../widget/events.js';
import { forgetVerdicts } from '../../widget/remote-check.js';
import { fakeBase } from './support/fake-endpoint.js';

export { fakeEndpoint, fakePublicKey } from './support/fake-endpoint.js';

export interface FakeStats {
  requests: number;
  aborted: number;
  emails: string[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What a person does with an `<email-check>`, through real mouse and keyboard events. */
export class EmailCheckHarness {
  constructor(readonly element: EmailCheck) {}

  /** The field the person types into: the wrapped input, or the element's own. */
  get input(): HTMLInputElement {
    const input =
      this.element.querySelector<HTMLInputElement>('input:not([type=hidden])') ??
      this.element.shadowRoot?.querySelector<HTMLInputElement>('input');
    if (!input) throw new Error('<email-check> has no input');
    return input;
  }

  part(name: string): HTMLElement | null {
    return this.element.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
  }

  /** The status region's text, as a screen reader would read it. */
  get message(): string {
    return (this.part('message')?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  /** The hidden token field of a wrapped input. */
  get tokenField(): HTMLInputElement | null {
    return this.element.querySelector<HTMLInputElement>('input[type=hidden]');
  }

  is(state: string): boolean {
    return this.element.matches(`:state(${state})`);
  }

  async click(target: Element): Promise<void> {
    target.scrollIntoView({ block: 'center' });
    const box = target.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    await this.element.updateComplete;
  }

  /** Clicks into the field. */
  async focus(): Promise<void> {
    await this.click(this.input);
  }

  /** Types as fast as the keyboard allows. */
  async type(text: string): Promise<void> {
    if (!this.element.contains(document.activeElement) && document.activeElement !== this.element) {
      await this.focus();
    }
    await sendKeys({ type: text });
    await this.element.updateComplete;
  }

  /** Types one key at a time with a pause between keys, like a person. */
  async typeSlowly(text: string, pause = 120): Promise<void> {
    await this.focus();
    for (const character of text) {
      await sendKeys({ type: character });
      await sleep(pause);
    }
    await this.element.updateComplete;
  }

  async press(key: string): Promise<void> {
    await sendKeys({ press: key });
    await this.element.updateComplete;
  }

  /** Selects everything in the field and types over it. */
  async replace(text: string): Promise<void> {
    await this.focus();
    await sendKeys({ press: 'ControlOrMeta+A' });
    await this.type(text);
  }

  /** Leaves the field by clicking an empty spot of the page. */
  async leave(): Promise<void> {
    await sendMouse({ type: 'click', position: [window.innerWidth - 3, window.innerHeight - 3] });
    await this.element.updateComplete;
  }

  /** Waits until no remote check is under way. */
  async settled(): Promise<void> {
    await waitUntil(() => !this.is('checking'), 'the check never settled', { timeout: 5000 });
    await this.element.updateComplete;
  }

  /** Waits for the proxy's answer (or the failure that stands for one). */
  async remoteResult(): Promise<EmailCheckResultEvent> {
    for (;;) {
      const event = await this.next('email-check-result');
      if (event.detail.phase === 'remote') {
        await this.element.updateComplete;
        return event;
      }
    }
  }

  /** Waits for the next event of a type on the element. */
  next<K extends keyof GlobalEventHandlersEventMap>(
    type: K,
  ): Promise<GlobalEventHandlersEventMap[K]> {
    return new Promise((resolve) =>
      this.element.addEventListener(type, resolve as EventListener, { once: true }),
    );
  }
}

/** The fake endpoint's request counters. */
export async function fakeStats(): Promise<FakeStats> {
  const response = await fetch(`${fakeBase}/stats`);
  return (await response.json()) as FakeStats;
}

/** Zeroes the fake's counters and the page's remembered verdicts. */
export async function resetFake(): Promise<void> {
  await fetch(`${fakeBase}/reset`, { method: 'POST' });
  forgetVerdicts();
}

export { sleep };
