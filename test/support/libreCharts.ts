/** Charts as LibreOffice reads them from an .xlsx (through the .ods it converts the file to). */
import fs from 'fs';
import { unpackAll } from '../../src/workbook/file/zipRead';

export interface ReadChart {
  title: string;
  ranges: string[];
  labels: string[];
  /** The values LibreOffice keeps with the chart: per series, one per category. */
  values: number[][];
}

/** Every embedded chart of the .ods LibreOffice made of the file: title, series ranges and the values it drew. */
export function chartsOf(ods: string): ReadChart[] {
  const parts = unpackAll(fs.readFileSync(ods), ods);
  return [...parts.keys()]
    .filter((p) => /^Object \d+\/content\.xml$/.test(p))
    .map((p) => parts.get(p)!.toString('utf8'))
    .filter((xml) => xml.includes('<chart:chart'))
    .map((xml) => {
      const rows = [...xml.matchAll(/<table:table-row>([\s\S]*?)<\/table:table-row>/g)].map((r) =>
        [...r[1]!.matchAll(/office:value="([^"]*)"/g)].map((v) => Number(v[1])),
      );
      const series = rows.find((r) => r.length > 0)?.length ?? 0;
      return {
        title: /<chart:title[^>]*><text:p>([^<]*)/.exec(xml)![1]!,
        ranges: [...xml.matchAll(/chart:values-cell-range-address="([^"]*)"/g)].map((m) => m[1]!),
        labels: [...xml.matchAll(/chart:label-cell-address="([^"]*)"/g)].map((m) => m[1]!),
        values: Array.from({ length: series }, (_, s) => rows.filter((r) => r.length).map((r) => r[s]!)),
      };
    });
}

/** 'Overblik'!$B$5:$B$9 as LibreOffice writes it: Overblik.B5:Overblik.B9. */
export const libreRange = (a1: string) => {
  const m = /^'?(.*?)'?!\$([A-Z]+)\$(\d+)(?::\$([A-Z]+)\$(\d+))?$/.exec(a1)!;
  const start = `${m[1]}.${m[2]}${m[3]}`;
  return `${start}:${m[1]}.${m[4] ?? m[2]}${m[5] ?? m[3]}`;
};
