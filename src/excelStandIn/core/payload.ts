/** Approximate size of what Office.js would send or receive: the UTF-8 length of the JSON. */
const encoder = new TextEncoder();

export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : encoder.encode(json).length;
}

/** A fixed cost per queued action (object path, method name, ids). */
export const ACTION_BYTES = 60;
