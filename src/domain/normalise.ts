/** The only changes an upgrade makes to a typed value: the unambiguous ones. Anything else stays as typed. */
import { type CellValue, type ColumnDef, type ListName } from './schema';
import { KLE_PATTERN, type Lists } from './validation';
import { textEquals } from './excelSemantics';
import { LEGACY_SCENARIO_LABELS } from './lists';

function fromList(text: string, list: readonly string[]): string | null {
  return list.find((item) => textEquals(text, item)) ?? null;
}

/** A normalised value, or the value itself when no unambiguous normalisation applies. */
export function normaliseValue(col: ColumnDef, value: CellValue, lists: Lists): CellValue {
  if (value === null || value instanceof Date || typeof value === 'boolean') return value;
  const text = String(value).trim();
  if (text === '') return typeof value === 'string' ? null : value;
  switch (col.kind) {
    case 'list': {
      const list = lists[col.list as ListName] ?? [];
      const hit = fromList(text, list);
      if (hit) return hit;
      if (col.list === 'scenarios') {
        const m = /^([1-4])\s*\.?$/.exec(text);
        if (m) return list[Number(m[1]) - 1] ?? value;
        // A label an earlier version of the sheet wrote: the same scenario under the guide's own words.
        const legacy = LEGACY_SCENARIO_LABELS.findIndex((l) => textEquals(text, l));
        if (legacy >= 0) return list[legacy] ?? value;
      }
      return typeof value === 'string' && col.list === 'businessAreas' ? text : value;
    }
    case 'count':
      if (typeof value === 'string' && /^\d+$/.test(text)) return Number(text);
      return value;
    case 'kle': {
      if (KLE_PATTERN.test(text)) return text;
      const digits = /^(\d{2})(\d{2})(\d{2})?$/.exec(text);
      if (digits) return [digits[1], digits[2], digits[3]].filter(Boolean).join('.');
      return value;
    }
    case 'date':
      if (typeof value === 'string' && /^\d{4}$/.test(text)) return Number(text);
      return typeof value === 'string' ? text : value;
    default:
      return value;
  }
}
