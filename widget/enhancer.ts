/** Where the script tag finds fields to enhance when it has no `data-selector`. */
export const defaultSelector = 'input[type=email]';

export interface EnhanceOptions {
  /** Which inputs to wrap. Default `input[type=email]`. */
  selector?: string;
  /** Attributes for every `<email-check>` created (`endpoint`, `public-key`, policies, …). */
  attributes?: Record<string, string>;
  /** Where to look, now and as the page changes. Default `document`. */
  root?: Document | Element;
}

export interface Enhancer {
  /** Stops watching for inputs that appear later. The elements already created stay. */
  stop(): void;
}

/**
 * Wraps one input in an `<email-check>`, keeping its focus, caret and the page's scroll.
 * Resolves once the element has rendered and focus is back where it was.
 */
export async function wrap(
  input: HTMLInputElement,
  attributes: Record<string, string> = {},
): Promise<void> {
  if (input.closest('email-check') || input.hasAttribute('data-no-email-check')) return;
  const focused = input.ownerDocument.activeElement === input;
  const { selectionStart, selectionEnd } = input;
  const element = input.ownerDocument.createElement('email-check');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  input.before(element);
  element.append(input);
  if (!focused) return;
  // Moving a focused node blurs it, and it cannot take focus back until the element has
  // rendered the slot that shows it. Lit renders in a microtask, before any key can arrive.
  await element.updateComplete;
  input.focus({ preventScroll: true });
  if (selectionStart !== null) input.setSelectionRange(selectionStart, selectionEnd);
}

/**
 * Wraps every matching input under `root` in an `<email-check>`, and keeps doing so for inputs
 * that appear later (form builders, single-page apps).
 */
export function enhance({
  selector = defaultSelector,
  attributes = {},
  root = document,
}: EnhanceOptions = {}): Enhancer {
  // The node itself may be a matching input, besides those under it.
  const visit = (node: ParentNode) => {
    for (const input of [node, ...node.querySelectorAll(selector)]) {
      if (input instanceof HTMLInputElement && input.matches(selector))
        void wrap(input, attributes);
    }
  };
  visit(root);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element) visit(node);
      }
    }
  });
  observer.observe(root, { childList: true, subtree: true });
  return { stop: () => observer.disconnect() };
}

/**
 * The options a `<script data-endpoint data-public-key data-selector …>` tag gives: every
 * `data-*` attribute but `data-selector` becomes an attribute of each element created.
 */
export function optionsFromScript(script: HTMLOrSVGScriptElement): EnhanceOptions {
  const attributes: Record<string, string> = {};
  let selector = defaultSelector;
  for (const { name, value } of script.attributes) {
    if (!name.startsWith('data-')) continue;
    if (name === 'data-selector') selector = value || defaultSelector;
    else attributes[name.slice(5)] = value;
  }
  return { selector, attributes };
}
