// A laid-out network map as SVG: members as coloured shapes (the shape names the kind too), ties as
// lines (thicker when tied in more ways, dashed when not in writing), names beside members on a small
// map. Used by the map screen (inside its pan and zoom) and by the print view.
import { memo } from 'react';
import type { ReactNode } from 'react';
import { KIND_STYLE, UNWRITTEN_DASH, hex, shapePolygons } from '../core/network-drawing';
import type { Drawing, Shape } from '../core/network-drawing';
import type { MemberKind } from '../core/network-map';
import { MEMBER_KIND_LABELS, drawingWords } from './network-map-words';
import './network-drawing.css';

export function ShapeMark({ shape, color, x, y, r }: { shape: Shape; color: string; x: number; y: number; r: number }) {
  const polygons = shapePolygons(shape, x, y, r);
  if (!polygons) {
    return shape === 'ring' ? (
      <circle cx={x} cy={y} r={r * 0.85} fill="#fff" stroke={color} strokeWidth={Math.max(1.5, r * 0.35)} />
    ) : (
      <circle cx={x} cy={y} r={r} fill={color} stroke="#fff" strokeWidth={1} />
    );
  }
  return (
    <>
      {polygons.map((points, i) => (
        <polygon key={i} points={points.map(([px, py]) => `${px},${py}`).join(' ')} fill={color} stroke="#fff" strokeWidth={1} />
      ))}
    </>
  );
}

/** A long name is cut in the drawing (the tables and the tooltip hold it whole). */
const LABEL_LENGTH = 32;
const shortName = (name: string) => (name.length > LABEL_LENGTH ? `${name.slice(0, LABEL_LENGTH - 1).trimEnd()}…` : name);

interface Props {
  drawing: Drawing;
  nameOf: (id: string) => string;
  degreeOf: (id: string) => number;
  /** The part of the drawing on view (pan and zoom); the whole drawing when absent. */
  viewBox?: string;
  title: string;
  className?: string;
}

export const NetworkDrawing = memo(function NetworkDrawing({ drawing, nameOf, degreeOf, viewBox, title, className }: Props) {
  // Names as large as body text when the whole drawing fills a column of about 800 pixels.
  const font = drawing.width / 45;
  return (
    <svg
      className={className}
      viewBox={viewBox ?? `0 0 ${drawing.width} ${drawing.height}`}
      role="img"
      aria-label={title}
      preserveAspectRatio="xMidYMid meet"
    >
      <g stroke="#6b7280" strokeLinecap="round">
        {drawing.ties.map((t, i) => (
          <line
            key={i}
            x1={t.from.x}
            y1={t.from.y}
            x2={t.to.x}
            y2={t.to.y}
            strokeWidth={t.width}
            strokeDasharray={t.written ? undefined : UNWRITTEN_DASH.join(' ')}
          />
        ))}
      </g>
      {drawing.members.map((m) => {
        const style = KIND_STYLE[m.kind as MemberKind];
        return (
          <g key={m.id}>
            <title>{drawingWords.memberTitle(nameOf(m.id), MEMBER_KIND_LABELS[m.kind], degreeOf(m.id))}</title>
            <ShapeMark shape={style.shape} color={hex(style.color)} x={m.x} y={m.y} r={m.r} />
            {drawing.labelled && (
              // Names on the right half of the drawing are written to the left of their member, so none runs off the edge.
              <text
                x={m.x > drawing.width / 2 ? m.x - m.r - 4 : m.x + m.r + 4}
                y={m.y + font * 0.35}
                textAnchor={m.x > drawing.width / 2 ? 'end' : 'start'}
                fontSize={font}
                fill="#1d2327"
                className="network-drawing__label"
              >
                {shortName(nameOf(m.id))}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
});

/** The legend: the kinds on the map by colour and shape, and what lines and sizes mean. */
export function DrawingLegend({ kinds }: { kinds: readonly MemberKind[] }) {
  const swatch = (children: ReactNode) => (
    <svg width="28" height="20" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
  return (
    <div className="drawing-legend">
      <h3>{drawingWords.legendTitle}</h3>
      <ul className="drawing-legend__list">
        {kinds.map((k) => (
          <li key={k}>
            {swatch(<ShapeMark shape={KIND_STYLE[k].shape} color={hex(KIND_STYLE[k].color)} x={14} y={10} r={7} />)}
            {MEMBER_KIND_LABELS[k]}
          </li>
        ))}
        <li>{swatch(<line x1="2" y1="10" x2="26" y2="10" stroke="#6b7280" strokeWidth="2" />)}{drawingWords.written}</li>
        <li>
          {swatch(<line x1="2" y1="10" x2="26" y2="10" stroke="#6b7280" strokeWidth="2" strokeDasharray={UNWRITTEN_DASH.join(' ')} />)}
          {drawingWords.notWritten}
        </li>
        <li>{swatch(<line x1="2" y1="10" x2="26" y2="10" stroke="#6b7280" strokeWidth="5" />)}{drawingWords.multiplex}</li>
        <li>
          {swatch(
            <>
              <circle cx="7" cy="10" r="3" fill="#6b7280" />
              <circle cx="19" cy="10" r="7" fill="#6b7280" />
            </>,
          )}
          {drawingWords.sized}
        </li>
      </ul>
    </div>
  );
}
