// Pan and zoom over a drawing by changing its viewBox: buttons, the mouse wheel, a drag, two fingers,
// and the keyboard (arrows move, + and − zoom, 0 shows everything). At the whole-map zoom a finger
// still scrolls the page; once zoomed in, it moves the drawing.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent, ReactNode } from 'react';
import { formatPercent } from '../../components/format';
import { messages } from './messages';

const MAX_ZOOM = 10;
const STEP = 1.5;

interface View {
  /** Centre of the view, in drawing units. */
  cx: number;
  cy: number;
  zoom: number;
}

interface Props {
  width: number;
  height: number;
  children: (viewBox: string) => ReactNode;
}

export function PanZoom({ width, height, children }: Props) {
  const uid = useId();
  const whole: View = { cx: width / 2, cy: height / 2, zoom: 1 };
  const [view, setView] = useState<View>(whole);
  const box = useRef<HTMLDivElement>(null);
  const pointers = useRef(new Map<number, { x: number; y: number }>());

  // A new drawing (another size) starts whole.
  const [size, setSize] = useState({ width, height });
  if (size.width !== width || size.height !== height) {
    setSize({ width, height });
    setView(whole);
  }

  const clamp = (v: View): View => {
    const zoom = Math.min(MAX_ZOOM, Math.max(1, v.zoom));
    const [w, h] = [width / zoom, height / zoom];
    return {
      zoom,
      cx: Math.min(width - w / 2, Math.max(w / 2, v.cx)),
      cy: Math.min(height - h / 2, Math.max(h / 2, v.cy)),
    };
  };
  /** Drawing units per screen pixel, as the SVG is fitted into its box. */
  const unitsPerPixel = (v: View) => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return 1;
    return Math.max(width / v.zoom / rect.width, height / v.zoom / rect.height);
  };
  /** Zooms by `factor`, keeping the point at (fx, fy) — fractions of the box — where it is. */
  const zoomBy = (factor: number, fx = 0.5, fy = 0.5) =>
    setView((v) => {
      const next = Math.min(MAX_ZOOM, Math.max(1, v.zoom * factor));
      const upp = unitsPerPixel(v);
      const rect = box.current?.getBoundingClientRect();
      const [dx, dy] = rect ? [(fx - 0.5) * rect.width * upp, (fy - 0.5) * rect.height * upp] : [0, 0];
      const keep = 1 - v.zoom / next;
      return clamp({ zoom: next, cx: v.cx + dx * keep, cy: v.cy + dy * keep });
    });
  const panBy = (dx: number, dy: number) => setView((v) => clamp({ ...v, cx: v.cx + dx, cy: v.cy + dy }));

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    // Not passive: the wheel zooms the drawing instead of scrolling the page.
    const onWheel = (e: WheelEvent) => {
      e.preventDefault();
      const rect = el.getBoundingClientRect();
      zoomBy(Math.exp(-e.deltaY * 0.0015), (e.clientX - rect.left) / rect.width, (e.clientY - rect.top) / rect.height);
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => el.removeEventListener('wheel', onWheel);
  });

  const onPointerDown = (e: PointerEvent) => {
    pointers.current.set(e.pointerId, { x: e.clientX, y: e.clientY });
    (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
  };
  const onPointerMove = (e: PointerEvent) => {
    const known = pointers.current;
    const before = known.get(e.pointerId);
    if (!before) return;
    const after = { x: e.clientX, y: e.clientY };
    if (known.size === 1) {
      const upp = unitsPerPixel(view);
      panBy(-(after.x - before.x) * upp, -(after.y - before.y) * upp);
    } else if (known.size === 2) {
      const other = [...known.entries()].find(([id]) => id !== e.pointerId)![1];
      const apart = (p: { x: number; y: number }) => Math.hypot(p.x - other.x, p.y - other.y);
      const rect = box.current!.getBoundingClientRect();
      if (apart(before) > 0) zoomBy(apart(after) / apart(before), ((after.x + other.x) / 2 - rect.left) / rect.width, ((after.y + other.y) / 2 - rect.top) / rect.height);
    }
    known.set(e.pointerId, after);
  };
  const onPointerUp = (e: PointerEvent) => pointers.current.delete(e.pointerId);

  const onKeyDown = (e: KeyboardEvent) => {
    const step = (width / view.zoom) * 0.1;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => panBy(-step, 0),
      ArrowRight: () => panBy(step, 0),
      ArrowUp: () => panBy(0, -step),
      ArrowDown: () => panBy(0, step),
      '+': () => zoomBy(STEP),
      '=': () => zoomBy(STEP),
      '-': () => zoomBy(1 / STEP),
      '0': () => setView(whole),
    };
    const act = keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };

  const [w, h] = [width / view.zoom, height / view.zoom];
  const viewBox = `${view.cx - w / 2} ${view.cy - h / 2} ${w} ${h}`;
  return (
    <div className="pan-zoom">
      <div className="pan-zoom__controls" role="group" aria-label={messages.drawingTitle}>
        <button type="button" className="button button--secondary" onClick={() => zoomBy(STEP)} disabled={view.zoom >= MAX_ZOOM}>
          {messages.zoomIn}
        </button>
        <button type="button" className="button button--secondary" onClick={() => zoomBy(1 / STEP)} disabled={view.zoom <= 1}>
          {messages.zoomOut}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setView(whole)} disabled={view.zoom <= 1}>
          {messages.zoomReset}
        </button>
        <span className="small muted" aria-live="polite">
          {messages.zoomLevel(formatPercent(view.zoom))}
        </span>
      </div>
      <div
        ref={box}
        className={`pan-zoom__area${view.zoom > 1 ? ' pan-zoom__area--zoomed' : ''}`}
        style={{ aspectRatio: `${width} / ${height}` }}
        tabIndex={0}
        role="group"
        aria-label={messages.panLabel}
        aria-describedby={`${uid}-hint`}
        onKeyDown={onKeyDown}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        {children(viewBox)}
      </div>
      <p id={`${uid}-hint`} className="small muted">
        {messages.panHint}
      </p>
    </div>
  );
}
