// A QR code as an SVG built with DOM calls (no innerHTML, no network): `qrcode` computes the
// module matrix, each dark run of a row becomes one rect. Quiet zone of 4 modules per the spec.
import { create } from 'qrcode';

const SVG = 'http://www.w3.org/2000/svg';
const QUIET = 4;

export function qrSvg(text: string, label: string): SVGSVGElement {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const extent = size + 2 * QUIET;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${extent} ${extent}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.classList.add('qr-code');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(extent));
  background.setAttribute('height', String(extent));
  background.setAttribute('fill', '#fff');
  svg.append(background);
  for (let row = 0; row < size; row++) {
    let col = 0;
    while (col < size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < size && modules.get(row, col)) col++;
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('x', String(start + QUIET));
      rect.setAttribute('y', String(row + QUIET));
      rect.setAttribute('width', String(col - start));
      rect.setAttribute('height', '1');
      svg.append(rect);
    }
  }
  return svg;
}
