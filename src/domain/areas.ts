/** The kommune's fagområder: trimmed, non-empty, each once (case-insensitive), in order of first appearance. */
export function uniqueAreas(...sources: readonly (readonly unknown[])[]): string[] {
  const out: string[] = [];
  for (const v of sources.flat()) {
    const text = v === null || v === undefined ? '' : String(v).trim();
    if (text && !out.some((a) => a.toLowerCase() === text.toLowerCase())) out.push(text);
  }
  return out;
}
