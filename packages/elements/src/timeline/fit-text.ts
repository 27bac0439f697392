/**
 * Squeezes SVG texts that are wider than their room, instead of letting a clip cut them
 * off: a long name, or a language with longer words (Finnish "työntekijää"). The text stays
 * whole — `textLength` with `lengthAdjust="spacingAndGlyphs"` narrows its glyphs.
 *
 * Each text is measured once per content, after Lit has written it: all reads first, then
 * the writes, so a render that changed labels lays them out once more and one that did not
 * reads nothing (no forced layout in a zoom, hover or focus update).
 */
const fittedFor = new WeakMap<SVGTextContentElement, string>();

export function fitTextsToWidth(texts: Iterable<SVGTextContentElement>, room: number): void {
  const changed: Array<{ node: SVGTextContentElement; text: string }> = [];
  for (const node of texts) {
    // The label's class too: a selected lane's name is bold, and wider.
    const text = `${node.parentElement?.getAttribute('class') ?? ''}\n${node.textContent ?? ''}`;
    if (fittedFor.get(node) !== text) changed.push({ node, text });
  }
  if (changed.length === 0) return;
  for (const { node } of changed) {
    node.removeAttribute('textLength');
    node.removeAttribute('lengthAdjust');
  }
  const widths = changed.map(({ node }) => node.getComputedTextLength());
  changed.forEach(({ node, text }, i) => {
    const width = widths[i]!;
    // Zero: not laid out (hidden, or not yet in a page) — measured again next time.
    if (width === 0 && node.textContent) return;
    if (width > room) {
      node.setAttribute('textLength', String(room));
      node.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    }
    fittedFor.set(node, text);
  });
}
