// A QR code drawn as SVG from the code's modules (qrcode-generator, no network, no markup strings).
// Its text alternative is the link itself, shown beside it; too long a text gets a plain message.
import { useMemo } from 'react';
import qrcode from 'qrcode-generator';
import { messages } from './messages';

/** Past this many characters a code gets too dense for a phone camera across a room. */
export const MAX_QR_TEXT = 2000;

/** How the text is written in the code: links as bytes; ballot codes in the denser alphanumeric mode, at level M. */
export type QrKind = 'link' | 'ballot';

function modulesPath(text: string, kind: QrKind): { path: string; size: number } | null {
  if (text.length > MAX_QR_TEXT) return null;
  try {
    // Links at level L: the fewest modules for the text, so the code scans from across a room. A
    // ballot code is small enough to afford level M, which survives a glare or a smudge on a phone.
    const qr = qrcode(0, kind === 'ballot' ? 'M' : 'L');
    qr.addData(text, kind === 'ballot' ? 'Alphanumeric' : 'Byte');
    qr.make();
    const count = qr.getModuleCount();
    let path = '';
    for (let row = 0; row < count; row++) {
      for (let col = 0; col < count; col++) if (qr.isDark(row, col)) path += `M${col + 4} ${row + 4}h1v1h-1z`;
    }
    return { path, size: count + 8 };
  } catch {
    return null; // longer than any QR code holds
  }
}

interface Props {
  text: string;
  /** Names the code for screen readers, e.g. "QR code of the invitation link". */
  label: string;
  large?: boolean;
  kind?: QrKind;
}

export function QrCode({ text, label, large = false, kind = 'link' }: Props) {
  const drawn = useMemo(() => modulesPath(text, kind), [text, kind]);
  if (!drawn) return <p className="notice">{messages.qrTooLong}</p>;
  return (
    <svg
      className={`qr-code${large ? ' qr-code--large' : ''}${kind === 'ballot' ? ' qr-code--ballot' : ''}`}
      role="img"
      aria-label={label}
      viewBox={`0 0 ${drawn.size} ${drawn.size}`}
      shapeRendering="crispEdges"
    >
      <rect width={drawn.size} height={drawn.size} fill="#ffffff" />
      <path d={drawn.path} fill="#000000" />
    </svg>
  );
}
