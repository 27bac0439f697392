/**
 * Sets an attribute only when its value differs: the browser takes setting an attribute to
 * the value it has as a change, and lays out or paints again what depends on it. For the
 * attributes zoom and pan frames write outside Lit (which skips unchanged values itself).
 */
export function setIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
