/**
 * A tiny element builder: the explorer has no framework, and building DOM through this one
 * function keeps text out of innerHTML (no markup injection from graph data).
 */
type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Creates `<tag>` with attributes and children. `on<event>` keys add listeners; `true` sets a
 * boolean attribute; null, undefined and false are skipped. Strings become text nodes.
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'class') element.className = String(value);
    else element.setAttribute(key, value === true ? '' : String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends children (text for strings and numbers), skipping empty ones. */
export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'number' ? String(child) : child);
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, ...children);
}

/** Creates an SVG element (charts): same rules as `h`, in the SVG namespace. */
export function svg(tag: string, attrs: Record<string, string | number | null | undefined> = {}, ...children: (SVGElement | string)[]): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) if (value !== null && value !== undefined) element.setAttribute(key, String(value));
  for (const child of children) element.append(child);
  return element;
}

/** Returns the element with this id, or throws: the page's skeleton (index.html) is a contract. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from index.html`);
  return element as T;
}

/** Announces a message to screen readers and shows it in the status line, after what is on show. */
export function announce(message: string): void {
  const status = document.getElementById('status-message');
  if (status) status.textContent = message;
}
