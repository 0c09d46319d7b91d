import {
  ReactiveElement,
  type PropertyDeclarations,
  type PropertyValues,
} from '@lit/reactive-element';
import type { Verdict } from '../core/verdict.js';
import type { RemoteAnswer, RemoteCheckError } from './client.js';
import { styles } from './email-check.styles.js';
import { emit } from './events.js';
import { messagesFor, nearestLang } from './messages/locale.js';
import type { Messages } from './messages/en.js';
import { defaultPolicy, parseAction, type Action, type Outcome, type Policy } from './policy.js';
import { afterPress, watchPresses } from './pointer.js';
import { RemoteCheckController } from './remote-check.js';
import { EmailValidator, type Assessment, type InstantCheck } from './validator.js';
import { arrange, createParts, h, setAttribute, setText, type Parts } from './parts.js';
import { instantVerdict } from './verdicts.js';

/** What the element shows, and the custom state it sets: `:state(checking)` and so on. */
type Tone = 'checking' | 'valid' | 'warning' | 'invalid' | '';

interface View {
  assessment: Assessment;
  tone: Tone;
  /** The message under the field, if any. */
  text: string;
  /** A correction on offer, if any. */
  suggestion: string | null;
  token: string;
  messages: Messages;
}

const icons: Record<Exclude<Tone, ''>, string> = {
  checking: '◌',
  valid: '✓',
  warning: '!',
  invalid: '✕',
};

const states = ['checking', 'valid', 'warning', 'invalid', 'suggestion'];

/** Reads a policy attribute: `block`, `warn` or `allow`; anything else keeps the default, with a reason. */
const policy =
  (attribute: string, outcome: Outcome) =>
  (value: string | null): Action =>
    parseAction(attribute, value) ?? defaultPolicy[outcome];

/** Reads a duration attribute in milliseconds; anything but a number ≥ 0 keeps the default. */
const milliseconds =
  (attribute: string, fallback: number) =>
  (value: string | null): number => {
    if (value === null) return fallback;
    const ms = Number(value);
    if (value.trim() !== '' && Number.isFinite(ms) && ms >= 0) return ms;
    console.error(
      `<email-check>: ${attribute}="${value}" is not a number of milliseconds ≥ 0. Using ${fallback}.`,
    );
    return fallback;
  };

/** The `messages` attribute is JSON; a mistake in it is reported, not thrown at the page. */
const messagesAttribute = {
  converter: (value: string | null): Partial<Messages> => {
    if (!value) return {};
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        return parsed as Partial<Messages>;
      }
    } catch {
      // reported below
    }
    console.error(
      `<email-check>: messages='${value}' is not a JSON object of strings. Using the built-in messages.`,
    );
    return {};
  },
};

let instances = 0;

/**
 * Checks an email address as it is typed: syntax and likely typos in the browser, then the full
 * verdict from the email-check proxy, shown next to the field and applied to the form's validity.
 *
 * Wrap an `<input type="email">` to keep it as the form's field (it works without JavaScript,
 * with autofill and `<label for>`), or use the element alone and it renders its own input and is
 * the form field itself.
 *
 * The `--email-check-*` custom properties apply set on the element or on any ancestor (`:root`
 * for a whole site). Colour defaults are `light-dark()` pairs: they follow the page's
 * `color-scheme`, as native form fields do.
 *
 * @summary Email address field with instant typo hints and a server-side verdict.
 *
 * @slot - The `<input>` to check. Without one the element renders its own.
 *
 * @event {CustomEvent<EmailCheckResultDetail>} email-check-result - A verdict: `phase` is
 *   `instant` for the in-browser checks after each change, `remote` for the proxy's answer.
 * @event {CustomEvent<EmailCheckSuggestionDetail>} email-check-suggestion - A likely-typo
 *   correction was `shown`, `accepted` or `dismissed`.
 * @event {CustomEvent<EmailCheckErrorDetail>} email-check-error - The remote check failed
 *   (timeout, network, proxy error); the address is then treated as `unknown`, which passes.
 *
 * @csspart base - The wrapper around the field and the message.
 * @csspart form-control-label - Standalone mode: the visible label.
 * @csspart input - Standalone mode: the element's own input.
 * @csspart message - The status region (role=status) that holds every message.
 * @csspart icon - The symbol before a message.
 * @csspart suggestion - The "Did you mean …?" line.
 * @csspart accept - The button that accepts a suggestion or keeps a warned address.
 * @csspart dismiss - The button that dismisses a suggestion.
 *
 * @cssprop [--email-check-gap=0.25rem] - Space between the field and the message.
 * @cssprop [--email-check-font-size=0.875em] - Size of the message text.
 * @cssprop [--email-check-text-color=light-dark(#3f3f46, #d4d4d8)] - Colour of neutral messages.
 * @cssprop [--email-check-invalid-color=light-dark(#b42318, #ff8a80)] - Colour of messages that block submission.
 * @cssprop [--email-check-warning-color=light-dark(#8a4b00, #ffc46b)] - Colour of warnings.
 * @cssprop [--email-check-valid-color=light-dark(#1a7f37, #6fdc8c)] - Colour of the confirmation.
 * @cssprop [--email-check-accent-color=light-dark(#1d4ed8, #93b4ff)] - Colour of buttons and focus rings.
 * @cssprop [--email-check-input-border=1px solid light-dark(#71717a, #a1a1aa)] - Standalone input border.
 * @cssprop [--email-check-input-background=light-dark(#fff, #18181b)] - Standalone input background.
 * @cssprop [--email-check-input-color=inherit] - Standalone input text colour.
 * @cssprop [--email-check-input-padding=0.5rem 0.625rem] - Standalone input padding.
 * @cssprop [--email-check-input-radius=0.375rem] - Standalone input corner radius.
 *
 * @cssstate checking - The proxy is checking the address.
 * @cssstate valid - The address passed.
 * @cssstate warning - The address passes but deserves a second look.
 * @cssstate invalid - The address blocks submission (shown once the person left the field).
 * @cssstate suggestion - A likely-typo correction is on offer.
 */
export class EmailCheck extends ReactiveElement {
  static override styles = styles;
  static formAssociated = true;
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };

  // Declared here rather than with decorators: the same options, without the decorator helpers
  // and one call per property in the script-tag bundle.
  static override properties: PropertyDeclarations = {
    endpoint: {},
    publicKey: { attribute: 'public-key' },
    delay: { converter: milliseconds('delay', 800) },
    timeout: { converter: milliseconds('timeout', 4000) },
    tokenName: { attribute: 'token-name' },
    undeliverable: { converter: policy('undeliverable', 'undeliverable') },
    disposable: { converter: policy('disposable', 'disposable') },
    roleBased: { attribute: 'role-based', converter: policy('role-based', 'role') },
    catchAll: { attribute: 'catch-all', converter: policy('catch-all', 'catchAll') },
    risky: { converter: policy('risky', 'risky') },
    unknown: { converter: policy('unknown', 'unknown') },
    noSuggestions: { attribute: 'no-suggestions', type: Boolean },
    messages: messagesAttribute,
    name: {},
    value: {},
    required: { type: Boolean, reflect: true },
    disabled: { type: Boolean, reflect: true },
    label: {},
    placeholder: {},
    // Lit implies `attribute: false` for state; the custom-elements manifest needs it said.
    touched: { state: true, attribute: false },
  };

  /** The proxy's validate URL, such as `/v1/validate`. Empty (the default): instant checks only. */
  endpoint = '';

  /** The public key (`pk_live_…` or `pk_test_…`) sent as `X-API-Key`. Default empty. */
  publicKey = '';

  /** Milliseconds of pause in typing before the remote check. Default 800. */
  delay = 800;

  /** Milliseconds a remote check may take before it counts as `unknown` (which passes). Default 4000. */
  timeout = 4000;

  /** Name of the hidden field that carries the verdict token. Default `email_check_token`. */
  tokenName = 'email_check_token';

  /** What an undeliverable address does: `block` (default), `warn` or `allow`. */
  undeliverable: Action = 'block';

  /** What a disposable address does: `block` (default), `warn` or `allow`. */
  disposable: Action = 'block';

  /** What a role-based address (info@, sales@) does: `warn` (default), `block` or `allow`. */
  roleBased: Action = 'warn';

  /** What an address on a catch-all domain does: `warn` (default), `block` or `allow`. */
  catchAll: Action = 'warn';

  /** What another risky address (a full mailbox, …) does: `warn` (default), `block` or `allow`. */
  risky: Action = 'warn';

  /** What an address nobody could judge does: `allow` (default), `warn` or `block`. */
  unknown: Action = 'allow';

  /** Turns off the "Did you mean …?" suggestions. Default `false`. */
  noSuggestions = false;

  /** Strings to use instead of the built-in ones (JSON in the attribute). Default none. */
  messages: Partial<Messages> = {};

  /** Standalone mode: the field name in the form data. Default empty. */
  name = '';

  /** The current value. The `value` attribute is the standalone default, restored on reset. */
  value = '';

  /** Standalone mode: an empty value blocks submission. Default `false`. */
  required = false;

  /** Standalone mode: the field is disabled and left out of the form data. Default `false`. */
  disabled = false;

  /** Standalone mode: the visible label. Default none (the input is named by `messages.label`). */
  label = '';

  /** Standalone mode: the input's placeholder. Default none. */
  placeholder = '';

  private touched = false;

  /** Values whose suggestion the person dismissed, and values they chose to keep despite a warning. */
  readonly #dismissed = new Set<string>();
  readonly #kept = new Set<string>();

  readonly #validator = new EmailValidator();
  readonly #remote = new RemoteCheckController(
    this,
    () => ({ endpoint: this.endpoint, publicKey: this.publicKey, timeout: this.timeout }),
    (answer, error) => this.#onRemote(answer, error),
  );

  readonly #internals = this.attachInternals();
  readonly #id = `email-check-${++instances}`;
  /** The wrapped light-DOM input; none in standalone mode. */
  #input?: HTMLInputElement;
  #tokenField?: HTMLInputElement;
  #description?: HTMLElement;
  #form?: HTMLFormElement | null;
  #formDisabled = false;
  /** The value the field had when it arrived (pre-filled): not sent for checking while unchanged. */
  #initial = '';
  #seen: string | null = null;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #submitting = false;
  #lastSuggestion?: string | null;
  #view?: View;
  #parts?: Parts;

  constructor() {
    super();
    watchPresses();
    this.addEventListener('input', () => {
      const field = this.#field;
      if (field && field.value !== this.value) this.value = field.value;
    });
    this.addEventListener('focusout', (event) => {
      const next = event.relatedTarget as Node | null;
      if (next && (next === this || this.contains(next))) return;
      afterPress(() => {
        this.touched = true;
        void this.#checkNow();
      });
    });
    this.addEventListener('keydown', (event) => {
      const suggestion = this.#view?.suggestion;
      if (event.key !== 'Escape' || !suggestion) return;
      event.preventDefault();
      this.#dismiss(suggestion);
    });
    // `invalid` does not bubble: listen while it passes through on its way down.
    this.addEventListener('invalid', () => (this.touched = true), true);
  }

  /** The latest verdict for the current value: the proxy's when it answered, else the instant one. */
  get verdict(): Verdict | null {
    const instant = this.#instant();
    if (instant.empty) return null;
    return this.#remoteVerdict(instant) ?? instantVerdict(instant);
  }

  /** The verdict token for the current value, or `''` when there is none yet. */
  get token(): string {
    const instant = this.#instant();
    return (this.#remoteVerdict(instant) && this.#remote.answer?.token) || '';
  }

  /** The form the element belongs to. */
  get form(): HTMLFormElement | null {
    return this.#internals.form;
  }

  /** The field's validity: the wrapped input's, or the element's own in standalone mode. */
  get validity(): ValidityState {
    return this.#input?.validity ?? this.#internals.validity;
  }

  get validationMessage(): string {
    return this.#input?.validationMessage ?? this.#internals.validationMessage;
  }

  checkValidity(): boolean {
    return this.#input?.checkValidity() ?? this.#internals.checkValidity();
  }

  reportValidity(): boolean {
    this.touched = true;
    return this.#input?.reportValidity() ?? this.#internals.reportValidity();
  }

  /**
   * Checks the current value with the proxy now, without waiting for a pause in typing, and
   * resolves with the verdict (the instant one when no remote check applies).
   */
  async check(): Promise<Verdict | null> {
    await this.#checkNow();
    return this.verdict;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#attach();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  /** Called by the browser when the element joins or leaves a form. */
  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.#form?.removeEventListener('submit', this.#onSubmit, true);
    this.#form = form;
    // Capture, so that the site's own submit handlers never see a value still being checked.
    form?.addEventListener('submit', this.#onSubmit, true);
  }

  /** Called by the browser when the form is reset. */
  formResetCallback(): void {
    clearTimeout(this.#timer);
    this.#remote.reset();
    this.touched = false;
    this.#dismissed.clear();
    this.#kept.clear();
    // A wrapped input resets to its `value` attribute; that value counts as pre-filled again.
    this.value = this.#input ? this.#input.defaultValue : (this.getAttribute('value') ?? '');
    this.#initial = this.value;
  }

  /** Called by the browser when it restores the form (back navigation, autofill of a session). */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state === 'string') this.value = state;
  }

  /** Called by the browser when a surrounding fieldset or form is disabled or enabled. */
  formDisabledCallback(disabled: boolean): void {
    this.#formDisabled = disabled;
    this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tokenName') && this.#tokenField) this.#tokenField.name = this.tokenName;
    this.#sync();
  }

  /** Builds the shadow DOM once (widget/parts.ts); each update then brings it up to date. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const parts = createParts();
    parts.slot.addEventListener('slotchange', this.#attach);
    parts.input.addEventListener('change', () => this.#redispatchChange());
    parts.keep.addEventListener('click', () => this.#keep());
    // The suggestion's two buttons act on the suggestion on screen.
    const onSuggestion = (act: (suggestion: string) => void) => () => {
      const suggestion = this.#view?.suggestion;
      if (suggestion) act(suggestion);
    };
    parts.accept.addEventListener(
      'click',
      onSuggestion((it) => this.#accept(it)),
    );
    parts.dismiss.addEventListener(
      'click',
      onSuggestion((it) => this.#dismiss(it)),
    );
    root.append(parts.base);
    this.#parts = parts;
    return root;
  }

  protected override update(changed: PropertyValues<this>): void {
    const view = (this.#view = this.#compute());
    super.update(changed);
    this.#render(view);
  }

  protected override updated(): void {
    const view = this.#view;
    if (!view) return;
    const { tone, assessment, suggestion, token, messages } = view;
    for (const name of states) {
      const on = name === 'suggestion' ? suggestion !== null : name === tone;
      if (on) this.#internals.states.add(name);
      else this.#internals.states.delete(name);
    }
    const blocked = assessment.action === 'block' && assessment.reason !== null;
    const message = blocked ? messages[assessment.reason as keyof Messages] : '';
    if (this.#input) {
      const input = this.#input;
      // A wrapped input is never blocked as `required`: the input's own `required` says that.
      input.setCustomValidity(message);
      setAttribute(input, 'aria-invalid', tone === 'invalid' ? 'true' : null);
      if (this.#description) {
        this.#describe(input, this.#description.id);
        this.#description.textContent = (this.#parts?.message.textContent ?? '')
          .replace(/\s+/g, ' ')
          .trim();
      }
      if (this.#tokenField) this.#tokenField.value = token;
      this.#internals.setFormValue(null);
      this.#internals.setValidity({});
    } else {
      const anchor = this.#parts?.input;
      // What Lit's live() would do, without shipping it: the value typed is the truth, so the
      // field is written only when the two differ, which keeps the caret where it is.
      if (anchor && anchor.value !== this.value) anchor.value = this.value;
      const flags: ValidityStateFlags = !blocked
        ? {}
        : assessment.reason === 'required'
          ? { valueMissing: true }
          : { customError: true };
      this.#internals.setValidity(flags, message, anchor);
      const data = new FormData();
      if (this.name) data.append(this.name, this.value);
      if (token) data.append(this.tokenName, token);
      this.#internals.setFormValue(data, this.value);
    }
    if (suggestion !== this.#lastSuggestion) {
      this.#lastSuggestion = suggestion;
      if (suggestion) {
        emit(this, 'email-check-suggestion', { suggestion, value: this.value, action: 'shown' });
      }
    }
  }

  /** Brings the shadow DOM up to date with the view. */
  #render({ tone, text, suggestion, messages }: View): void {
    const parts = this.#parts;
    if (!parts) return;
    const own = !this.#input;
    arrange(parts.base, [
      parts.slot,
      own && !!this.label && parts.label,
      own && parts.input,
      parts.message,
    ]);
    if (own) {
      const { input } = parts;
      setText(parts.label, this.label);
      setAttribute(input, 'placeholder', this.placeholder || null);
      setAttribute(input, 'aria-label', this.label ? null : messages.label);
      setAttribute(input, 'aria-invalid', tone === 'invalid' ? 'true' : 'false');
      input.required = this.required;
      input.disabled = this.disabled || this.#formDisabled;
    }
    setAttribute(parts.message, 'class', tone);
    setText(parts.icon, tone ? icons[tone] : '');
    setText(parts.text, text);
    setText(parts.keep, messages.useAnyway);
    const [before = '', after = ''] = messages.suggestion.split('{suggestion}');
    setText(parts.before, before);
    setText(parts.accept, suggestion ?? '');
    setText(parts.after, after);
    setAttribute(parts.dismiss, 'aria-label', messages.dismiss);
    arrange(parts.message, [
      !!tone && !!text && parts.icon,
      parts.text,
      parts.gaps[0],
      tone === 'warning' && parts.keep,
      parts.gaps[1],
      !!suggestion && parts.suggestion,
      !!suggestion && parts.dismiss,
    ]);
  }

  get #field(): HTMLInputElement | null {
    return this.#input ?? this.#parts?.input ?? null;
  }

  get #policy(): Policy {
    return {
      syntax: 'block',
      undeliverable: this.undeliverable,
      disposable: this.disposable,
      role: this.roleBased,
      catchAll: this.catchAll,
      risky: this.risky,
      unknown: this.unknown,
    };
  }

  #instant(): InstantCheck {
    return this.#validator.instant(this.value, !this.noSuggestions);
  }

  /** The remote verdict, if the last remote check was about this very address and is done. */
  #remoteVerdict(instant: InstantCheck): Verdict | null {
    const remote = this.#remote;
    const email = instant.syntax.normalized;
    // The controller holds an answer only once a check settled (`complete` or `error`).
    return (email && remote.email === email && remote.answer?.verdict) || null;
  }

  #compute(): View {
    const messages = messagesFor(nearestLang(this), this.messages);
    const instant = this.#instant();
    const verdict = this.#remoteVerdict(instant);
    const assessment = this.#validator.assess({
      instant,
      verdict,
      policy: this.#policy,
      required: this.required && !this.#input,
      acceptedWarning: this.#kept.has(this.value),
    });
    const { action, reason } = assessment;
    const email = instant.syntax.normalized;
    const checking =
      email !== null && this.#remote.status === 'pending' && this.#remote.email === email;
    // Syntax and "required" wait until the person has left the field once; the proxy's verdict
    // arrives after a pause or on leaving, so it shows at once.
    const quiet = (reason === 'syntax' || reason === 'required') && !this.touched;
    let tone: Tone = '';
    if (checking) tone = 'checking';
    else if (action === 'block' && !quiet) tone = 'invalid';
    else if (action === 'warn') tone = 'warning';
    else if (action === 'allow' && email && (verdict || !this.endpoint)) tone = 'valid';
    const text =
      tone === 'checking'
        ? messages.checking
        : tone === 'invalid' || tone === 'warning'
          ? messages[reason as keyof Messages]
          : tone === 'valid' && verdict?.result === 'deliverable'
            ? messages.valid
            : '';
    const offered = verdict?.suggestion ?? instant.suggestion;
    const suggestion =
      offered && offered !== instant.value.trim() && !this.#dismissed.has(this.value)
        ? offered
        : null;
    return {
      assessment,
      tone,
      text,
      suggestion,
      token: (verdict && this.#remote.answer?.token) || '',
      messages,
    };
  }

  /** Finds the wrapped input (now, or when one is slotted later) and sets up what it needs. */
  #attach = (): void => {
    const input = this.querySelector<HTMLInputElement>('input:not([type=hidden])');
    if (!input || input === this.#input) return;
    this.#input = input;
    this.value = input.value;
    this.#initial = input.value;
    this.#seen = null;
    if (!this.#tokenField) {
      this.#tokenField = h('input', { type: 'hidden', name: this.tokenName });
      this.append(this.#tokenField);
    }
    if (!this.#description) {
      // The description lives in the light DOM next to the input, because aria-describedby
      // cannot point into a shadow root. It is never rendered: the status region shows it.
      this.#description = h('span', {
        id: `${this.#id}-description`,
        slot: 'description',
        hidden: '',
      });
      this.append(this.#description);
    }
    this.requestUpdate();
  };

  /** Adds the description to the input's aria-describedby, keeping the page's own ids. */
  #describe(input: HTMLInputElement, id: string): void {
    const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    if (!ids.includes(id)) input.setAttribute('aria-describedby', [...ids, id].join(' '));
  }

  /** Reacts to a new value: instant check, event, and a remote check after a pause in typing. */
  #sync(): void {
    if (this.value === this.#seen) return;
    const first = this.#seen === null;
    this.#seen = this.value;
    if (this.#input && this.#input.value !== this.value) this.#input.value = this.value;
    if (first && !this.#input) this.#initial = this.value;
    clearTimeout(this.#timer);
    const instant = this.#instant();
    const email = instant.syntax.normalized;
    // A newer value makes the request under way useless: abort it now, not when it answers.
    if (this.#remote.email !== email) this.#remote.reset();
    if (instant.empty) return;
    emit(this, 'email-check-result', { verdict: instantVerdict(instant), phase: 'instant' });
    if (!email || !this.#wantsRemote(instant)) return;
    // An address already answered is shown at once; others wait for a pause in typing.
    const kept = this.#kept.has(this.value);
    if (this.#remote.remembers(email, kept)) void this.#remote.run(email, kept);
    else this.#timer = setTimeout(() => void this.#checkNow(), this.delay);
  }

  #wantsRemote(instant: InstantCheck): boolean {
    return Boolean(this.endpoint && instant.syntax.valid && this.value !== this.#initial);
  }

  /** Starts the remote check at once when one applies; resolves when it settles. */
  #checkNow(): Promise<void> {
    this.#sync();
    clearTimeout(this.#timer);
    const instant = this.#instant();
    const email = instant.syntax.normalized;
    if (!email || !this.#wantsRemote(instant)) return Promise.resolve();
    return this.#remote.run(email, this.#kept.has(this.value));
  }

  #onRemote(answer: RemoteAnswer, error: RemoteCheckError | null): void {
    if (error) {
      emit(this, 'email-check-error', {
        email: answer.verdict.email,
        code: error.code,
        message: error.message,
        status: error.status,
      });
    }
    emit(this, 'email-check-result', { verdict: answer.verdict, phase: 'remote' });
  }

  /**
   * A submit while the address is unchecked or being checked waits for the check (never longer
   * than `timeout`), then submits again or shows why not. A blocking verdict stops it even when
   * the form has `novalidate`.
   */
  #onSubmit = (event: SubmitEvent): void => {
    if (this.disabled || this.#formDisabled) return;
    const form = event.target as HTMLFormElement;
    const stop = () => {
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    if (this.#submitting) return stop();
    const resubmitAfter = (settled: Promise<void>) => {
      stop();
      this.#submitting = true;
      const submitter = event.submitter;
      void settled
        .then(() => this.updateComplete)
        .then(() => {
          this.#submitting = false;
          if (!form.isConnected || this.#remote.status === 'pending') return;
          try {
            form.requestSubmit(submitter);
          } catch {
            form.requestSubmit();
          }
        });
    };
    const settled = this.#checkNow();
    if (this.#remote.status === 'pending') return resubmitAfter(settled);
    this.touched = true;
    const { action } = this.#compute().assessment;
    if (action === 'block') stop();
    // Going on through a warning is accepting it: the token must say so, or the site's server
    // would refuse what the person was told they could use.
    else if (action === 'warn') {
      this.#kept.add(this.value);
      resubmitAfter(this.#checkNow());
    }
  };

  #redispatchChange(): void {
    // `change` is not composed: the standalone element sends its own, as a native field would.
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }

  /** Puts a value in the field the way typing would: native input and change events included. */
  #setFromUser(value: string): void {
    const field = this.#field;
    this.value = value;
    this.#sync();
    if (field) {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      if (!this.#input) this.#redispatchChange();
      field.focus();
    }
  }

  #accept(suggestion: string): void {
    const value = this.value;
    this.#setFromUser(suggestion);
    emit(this, 'email-check-suggestion', { suggestion, value, action: 'accepted' });
    void this.#checkNow();
  }

  #dismiss(suggestion: string): void {
    this.#dismissed.add(this.value);
    emit(this, 'email-check-suggestion', { suggestion, value: this.value, action: 'dismissed' });
    this.#refocus();
    this.requestUpdate();
  }

  #keep(): void {
    this.#kept.add(this.value);
    this.#refocus();
    this.requestUpdate();
    // A token that records the choice, for the site's server.
    void this.#checkNow();
  }

  /** The button that had focus is about to disappear: focus goes back to the field, not to the page. */
  #refocus(): void {
    if (this.shadowRoot?.activeElement?.localName === 'button') this.#field?.focus();
  }
}
