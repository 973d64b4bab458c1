/** dokark: the dokumentationsark on .xlsx files, without Excel. */
import { promises as fs } from 'fs';
import path from 'path';
import { FileWorkbook } from '../workbook/file/fileWorkbook';
import { checkWorkbook, type FileFinding } from '../workbook/file/checkFile';
import { loadWorkbook } from '../workbook/file/xlsxRead';
import { UserError } from '../workbook/errors';
import { upgradeReport } from './report';
import { UpgradeError } from '../domain/upgrade';

const USAGE = `Brug:
  dokark new -o UD.xlsx                 opret et tomt dokumentationsark
  dokark upgrade IND.xlsx -o UD.xlsx    opgrader et eksisterende ark (IND ændres ikke)
  dokark check FIL.xlsx [--json]        vis alle fund (exit 1, hvis der er fund)`;

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (!v || v.startsWith('-')) throw new UserError(`${name} skal efterfølges af et filnavn.`);
  return v;
}

function positional(args: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('-') && !(i > 0 && args[i - 1] === '-o'));
}

/** Writes through a temporary file, so a failure leaves no output file behind. */
async function saveAtomically(wb: FileWorkbook, out: string): Promise<void> {
  const tmp = path.join(path.dirname(path.resolve(out)), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await wb.save(tmp);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    if (e instanceof UserError) throw e;
    throw new UserError(`Kunne ikke skrive «${out}»: ${(e as Error).message}`);
  }
}

function requireOut(args: string[]): string {
  const out = option(args, '-o');
  if (!out) throw new UserError('Angiv outputfilen med -o UD.xlsx.');
  if (!/\.xlsx$/i.test(out)) throw new UserError(`Outputfilen skal ende på .xlsx: «${out}».`);
  return out;
}

function findingLine(f: FileFinding): string {
  const value = f.value === null ? '' : ` («${f.value instanceof Date ? f.value.toISOString().slice(0, 10) : f.value}»)`;
  return `Række ${f.row}, ${f.column}${f.severity === 'invalid' ? value : ''}: ${f.message}`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'new': {
        const out = requireOut(args);
        const wb = new FileWorkbook();
        await wb.setup();
        await saveAtomically(wb, out);
        io.out(`Oprettet: ${out} (arkene Dokumentation, Lister, Overblik, Beslutningsgrundlag og Vejledning).`);
        return 0;
      }
      case 'upgrade': {
        const [input] = positional(args);
        if (!input) throw new UserError('Angiv filen, der skal opgraderes: dokark upgrade IND.xlsx -o UD.xlsx');
        const out = requireOut(args);
        if (path.resolve(out) === path.resolve(input)) throw new UserError('UD må ikke være den samme fil som IND: originalen ændres aldrig.');
        const wb = await FileWorkbook.open(input);
        const summary = await wb.upgrade();
        await saveAtomically(wb, out);
        io.out(upgradeReport(summary, out));
        return 0;
      }
      case 'check': {
        const [file] = positional(args);
        if (!file) throw new UserError('Angiv filen, der skal tjekkes: dokark check FIL.xlsx');
        const findings = checkWorkbook(await loadWorkbook(file));
        if (args.includes('--json')) {
          io.out(JSON.stringify(findings.map((f) => ({ row: f.row, column: f.column, value: f.value, message: f.message })), null, 2));
        } else {
          findings.forEach((f) => io.out(findingLine(f)));
          io.out(findings.length === 0 ? 'Ingen fund.' : `${findings.length} fund.`);
        }
        return findings.length === 0 ? 0 : 1;
      }
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(USAGE);
        return command ? 0 : 2;
      default:
        throw new UserError(`Ukendt kommando «${command}».\n${USAGE}`);
    }
  } catch (e) {
    if (e instanceof UserError || e instanceof UpgradeError) {
      io.err(`Fejl: ${(e as Error).message}`);
      return 2;
    }
    io.err(`Uventet fejl: ${(e as Error).stack ?? e}`);
    return 3;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) }).then((code) => (process.exitCode = code));
}
