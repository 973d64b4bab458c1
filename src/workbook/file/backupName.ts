/** Names of carried-over sheets that clash with ours. */
/** "Lister" → "Lister (før opgradering)", shortened to Excel's 31 characters and unique. */
export function backupName(name: string, taken: Set<string>): string {
  const suffix = ' (før opgradering)';
  let base = (name + suffix).length <= 31 ? name : name.slice(0, 31 - suffix.length);
  let candidate = base + suffix;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) {
    base = base.slice(0, 31 - suffix.length - String(i).length - 1);
    candidate = `${base} ${i}${suffix}`;
  }
  return candidate;
}
