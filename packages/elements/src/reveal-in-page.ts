/**
 * Keeps what keyboard focus moved to visible in the host page. The genogram and the
 * timeline focus their nodes with `preventScroll` and pan the drawing themselves: the
 * browser's own scrolling would also scroll the widget's clipped boxes and misplace the
 * drawing. But the drawing may itself be partly below the page's fold, and then a focused
 * member or bar is out of sight (WCAG 2.4.11). This scrolls only the boxes around the
 * widget — the host's scroll containers and the page — and as little as needed.
 */

/** A vertical span in viewport coordinates (as `getBoundingClientRect` gives). */
export interface VerticalSpan {
  top: number;
  bottom: number;
}

/** Room left above and below the span, so the focus ring is not at the very edge. */
const MARGIN = 8;

function parentAcrossShadow(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function scrollsVertically(box: Element): boolean {
  if (box.scrollHeight <= box.clientHeight) return false;
  const overflow = getComputedStyle(box).overflowY;
  return overflow === 'auto' || overflow === 'scroll';
}

/** How far to scroll a box showing [viewTop, viewBottom] so the span shows too, as little as possible. */
function scrollDelta(span: VerticalSpan, viewTop: number, viewBottom: number): number {
  const top = span.top - MARGIN;
  const bottom = span.bottom + MARGIN;
  if (top < viewTop) return top - viewTop;
  // Taller than the view: its top matters most.
  if (bottom > viewBottom) return Math.min(bottom - viewBottom, top - viewTop);
  return 0;
}

/** Scrolls the host's scroll containers, then the page, so that `span` is in view. */
export function revealInPage(host: Element, span: VerticalSpan): void {
  let { top, bottom } = span;
  const documentScroller = host.ownerDocument.scrollingElement;
  for (let box = parentAcrossShadow(host); box; box = parentAcrossShadow(box)) {
    if (box === documentScroller || box === host.ownerDocument.body || !scrollsVertically(box)) continue;
    const rect = box.getBoundingClientRect();
    const viewTop = rect.top + box.clientTop;
    const before = box.scrollTop;
    box.scrollTop = before + scrollDelta({ top, bottom }, viewTop, viewTop + box.clientHeight);
    const moved = box.scrollTop - before;
    top -= moved;
    bottom -= moved;
  }
  const view = host.ownerDocument.defaultView;
  if (!view) return;
  const delta = scrollDelta({ top, bottom }, 0, view.innerHeight);
  if (delta !== 0) view.scrollBy({ top: delta, behavior: 'instant' });
}
