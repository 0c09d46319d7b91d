/**
 * The element's shadow DOM: built once, then each update writes text and attributes and puts
 * the optional parts in or takes them out. That is all Lit's templates would do here, and doing
 * it by hand keeps their engine (lit-html, a third of the script-tag bundle) out of the page.
 */
export interface Parts {
  base: HTMLElement;
  slot: HTMLSlotElement;
  /** Standalone mode: the visible label (when `label` is set) and the element's own input. */
  label: HTMLLabelElement;
  input: HTMLInputElement;
  /** The status region (role=status) and what it may hold, in this order. */
  message: HTMLElement;
  icon: HTMLElement;
  text: Text;
  /** The space between the text, "Use it anyway" and the suggestion. */
  gaps: [Text, Text];
  /** "Use it anyway", after a warning. */
  keep: HTMLButtonElement;
  /** "Did you mean {suggestion}?": the words around the button that accepts the suggestion. */
  suggestion: HTMLElement;
  before: Text;
  accept: HTMLButtonElement;
  after: Text;
  dismiss: HTMLButtonElement;
}

/** A new element with its attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** Builds the parts; only `base` (the slot and the status region) is in the document yet. */
export function createParts(): Parts {
  const button = { type: 'button' };
  const parts = {
    slot: h('slot', {}),
    label: h('label', { part: 'form-control-label', for: 'input' }),
    input: h('input', {
      part: 'input',
      id: 'input',
      type: 'email',
      autocomplete: 'email',
      'aria-describedby': 'message',
    }),
    message: h('div', { part: 'message', id: 'message', role: 'status', 'aria-live': 'polite' }),
    icon: h('span', { part: 'icon', 'aria-hidden': 'true' }),
    text: new Text(),
    gaps: [new Text(' '), new Text(' ')],
    keep: h('button', { part: 'accept', ...button }),
    before: new Text(),
    accept: h('button', { part: 'accept', ...button }),
    after: new Text(),
    dismiss: h('button', { part: 'dismiss', ...button }, '✕'),
  } satisfies Omit<Parts, 'base' | 'suggestion'>;
  return {
    ...parts,
    base: h('div', { part: 'base' }, parts.slot, parts.message),
    suggestion: h('span', { part: 'suggestion' }, parts.before, parts.accept, parts.after),
  };
}

/**
 * Makes `parent`'s children the nodes given, in their order, leaving out the `false` ones. Only
 * what changes is inserted or removed: a node that stays is never moved, so a focused button
 * keeps its focus (the nodes' order never changes, only which of them are there).
 */
export function arrange(parent: Node, nodes: readonly (Node | false)[]): void {
  const wanted = nodes.filter((node) => node !== false);
  for (const child of [...parent.childNodes]) {
    if (!wanted.includes(child)) child.remove();
  }
  let next = parent.firstChild;
  for (const node of wanted) {
    if (node === next) next = node.nextSibling;
    else parent.insertBefore(node, next);
  }
}

/** Sets an attribute, or removes it for `null`; writes only when the value changes. */
export function setAttribute(element: Element, name: string, value: string | null): void {
  if (element.getAttribute(name) === value) return;
  if (value === null) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/** Sets a node's text; writes only when it changes. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
