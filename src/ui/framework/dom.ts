// A tiny element builder: h('button', { type: 'button', 'aria-pressed': 'false' }, 'EN').
// `style` is written through the CSSOM (element.style.cssText), not as an attribute: the Content
// Security Policy refuses style="" attributes but not CSSOM styles (src/shared/security-headers.ts).

export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (name === 'style') element.style.cssText = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(...children);
  return element;
}
