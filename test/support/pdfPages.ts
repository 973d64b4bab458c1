/** A PDF's pages as pdftotext -bbox (Debian poppler-utils) sees them: words with their boxes, per page. */
import { execFileSync } from 'child_process';

export interface PdfWord {
  text: string;
  height: number;
  /** Left and right edges of the word's box, in points from the page's left edge. */
  xMin: number;
  xMax: number;
  /** Top and bottom of the word's box, in points from the page's top. */
  y: number;
  yMax: number;
}

export interface PdfPage {
  words: PdfWord[];
  /** The sheet name the page header carries (&A, top left). */
  sheet: string;
  text: string;
  medianHeight: number;
  /** Page width in points. */
  width: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[(s.length - 1) >> 1]! + s[s.length >> 1]!) / 2 : 0;
};

const unescape = (t: string) =>
  t
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

/** Pages with their words; the header line (sheet name) and footer (Side n af m) are told apart by position. */
export function pdfPages(pdf: string): PdfPage[] {
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfPage[] = [];
  for (const page of html.split('<page ').slice(1)) {
    const height = Number(/height="([\d.]+)"/.exec(page)?.[1] ?? 842);
    const width = Number(/width="([\d.]+)"/.exec(page)?.[1] ?? 595);
    const all = [
      ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
    ].map((m) => ({
      xMin: Number(m[1]),
      y: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: unescape(m[5]!),
      height: Number(m[4]) - Number(m[2]),
    }));
    // The page header (sheet name) is the top line, the footer (Side n af m) the bottom line.
    const top = Math.min(...all.map((w) => w.y));
    const bottom = Math.max(...all.map((w) => w.y));
    const header = all.filter((w) => w.y < top + 2);
    const body = all.filter((w) => w.y >= top + 2 && w.y < bottom - 2 && w.y < height);
    pages.push({
      words: body,
      sheet: header.map((w) => w.text).join(' '),
      text: body.map((w) => w.text).join(' '),
      medianHeight: median(body.map((w) => w.height)),
      width,
    });
  }
  return pages;
}
