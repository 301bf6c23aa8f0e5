import { encode } from 'uqr';
import { useMemo } from 'preact/hooks';

/**
 * A QR code drawn as one SVG path of dark squares on a light ground (the same in dark mode: scanners expect dark
 * on light). No inline styles, which the Content-Security-Policy forbids.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const qr = encode(text, { ecc: 'M', border: 4 });
    const squares: string[] = [];
    qr.data.forEach((row, y) => row.forEach((dark, x) => {
      if (dark) {
        squares.push(`M${x} ${y}h1v1h-1z`);
      }
    }));
    return { size: qr.size, path: squares.join('') };
  }, [text]);
  return (
    <svg class="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
