/** A plan's named cell style through Range.format, queued without a sync: the same look the file's XML gives. */
import type { CellStyle } from '../cellStyles';
import { setAll } from './cellInput';

export function queueStyle(range: Excel.Range, style: CellStyle): void {
  const { format } = range;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.size) format.font.size = style.size;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.wrap) format.wrapText = true;
  if (style.top) format.verticalAlignment = 'Top';
  if (style.left) format.horizontalAlignment = 'Left';
  if (style.numFmt) setAll(range, 'numberFormat', style.numFmt);
  if (style.border)
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] as const) {
      const line = format.borders.getItem(edge);
      line.style = 'Continuous';
      line.color = `#${style.border}`;
    }
}
