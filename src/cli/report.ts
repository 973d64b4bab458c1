/** The Danish summary printed after an upgrade. */
import type { UpgradeSummary } from '../workbook/types';
import type { Notat } from '../domain/notat';
import { danishNumber } from '../domain/danishFormat';

export function upgradeReport(s: UpgradeSummary, out: string): string {
  const lines = [
    `Opgraderet: ${out}`,
    `  Rækker: ${s.rows}`,
    `  Kolonner genkendt: ${s.matched.length}${s.matched.length ? ' (' + s.matched.map((m) => (m.sourceHeader === m.header ? m.header : `${m.sourceHeader} → ${m.header}`)).join(', ') + ')' : ''}`,
    `  Egne kolonner bevaret til sidst: ${s.kept.length ? s.kept.join(', ') : 'ingen'}`,
  ];
  if (s.typedKept.length) lines.push(`  Indtastede værdier bevaret ved siden af formlen: ${s.typedKept.join(', ')}`);
  lines.push(`  Værdier rettet (mellemrum, store/små bogstaver, tal som tekst, KLE, scenarienummer): ${s.normalised}`);
  lines.push(`  Værdier markeret (bevaret som skrevet): ${s.flagged.length}`);
  for (const f of s.flagged.slice(0, 50)) lines.push(`    Række ${f.row}, ${f.column}: ${f.message}`);
  if (s.flagged.length > 50) lines.push(`    … og ${s.flagged.length - 50} mere (se dokark check).`);
  if (s.backupSheet) lines.push(`  Det oprindelige ark er bevaret som «${s.backupSheet}».`);
  return lines.join('\n');
}

/** The Danish summary printed after dokark notat. */
export function notatReport(notat: Notat, out: string): string {
  const open = notat.open;
  return [
    `Notat skrevet: ${out}`,
    `  Sagsområder: ${danishNumber(notat.background.rows)}, heraf med brugsmønster C eller D: ${danishNumber(notat.background.cd.areas)}`,
    `  Uden besluttet løsningsscenarie: ${danishNumber(open.undecided.length + open.moreUndecided)}`,
    `  Rækker med ugyldige eller manglende svar: ${danishNumber(open.findings.length + open.moreFindings)}`,
  ].join('\n');
}
