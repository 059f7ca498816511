// The fit and zoom arithmetic of every diagram view: the two editors (on
// React Flow) and the projector (plain HTML) place their pictures with the
// same few functions, so "show all" and "show the selection" mean the same
// thing on the coach's screen and on the wall.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Where the picture's origin lands on screen and how large it is drawn: screen = point × zoom + (x, y). */
export interface Transform {
  x: number;
  y: number;
  zoom: number;
}

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** The smallest rectangle around these points (or a zero rectangle at the origin when there are none). */
export function boundsOf(points: readonly { x: number; y: number }[]): Rect {
  if (points.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

/**
 * The transform that shows all of `bounds` in the view, centred, with a
 * margin of `padding` (a share of the view, as React Flow's fitBounds counts
 * it: 0.1 leaves the picture 1/1.1 of the view) and the zoom kept in its range.
 */
export function fitRect(bounds: Rect, view: Size, o: { padding: number; minZoom: number; maxZoom: number }): Transform {
  const padX = Math.floor((view.width - view.width / (1 + o.padding)) / 2) * 2;
  const padY = Math.floor((view.height - view.height / (1 + o.padding)) / 2) * 2;
  const zoom = clamp(Math.min((view.width - padX) / bounds.width, (view.height - padY) / bounds.height), o.minZoom, o.maxZoom);
  return {
    x: view.width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: view.height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}

/**
 * Brings a part of a picture close: the picture fills the view at zoom 1,
 * `rect` (in the picture's own pixels) is centred with `margin` (a share of
 * the view) around it, and the picture never moves so far that the view
 * shows past its edges. The zoom stays in its range (a minimum of 1 keeps
 * the whole view covered).
 */
export function zoomToRect(rect: Rect, view: Size, o: { margin: number; minZoom: number; maxZoom: number }): Transform {
  const zoom = clamp(Math.min(view.width / (rect.width + view.width * o.margin), view.height / (rect.height + view.height * o.margin)), o.minZoom, o.maxZoom);
  const keep = (centre: number, length: number): number => clamp(length / 2 - centre * zoom, Math.min(0, length - length * zoom), 0);
  return { x: keep(rect.x + rect.width / 2, view.width), y: keep(rect.y + rect.height / 2, view.height), zoom };
}

/** A transform as CSS, for a layer whose transform origin is its top left corner. */
export const cssTransform = (t: Transform): string => `translate(${t.x}px, ${t.y}px) scale(${t.zoom})`;

/** Whether `inner` lies wholly inside `outer` (screen boxes, as getBoundingClientRect gives them). */
export function isInside(inner: DOMRectLike, outer: DOMRectLike): boolean {
  return inner.left >= outer.left && inner.right <= outer.right && inner.top >= outer.top && inner.bottom <= outer.bottom;
}

export interface DOMRectLike {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
