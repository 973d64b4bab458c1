/** dokark: the dokumentationsark on .xlsx files, without Excel. */
import { FileWorkbook } from '../workbook/file/fileWorkbook';
import type { FileFinding } from '../workbook/file/checkFile';
import { UserError } from '../workbook/errors';
import { notatReport, upgradeReport } from './report';
import { SHEETS_MADE_TEXT } from '../workbook/plan';
import { UpgradeError } from '../domain/upgrade';
import { USAGE, isCommand, parseArgs } from './args';
import { checkOutput, saveAtomically } from './output';
import { buildNotat } from '../domain/notat';
import fs from 'fs';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
}

function findingLine(f: FileFinding): string {
  const value =
    f.value === null ? '' : ` («${f.value instanceof Date ? f.value.toISOString().slice(0, 10) : f.value}»)`;
  return `Række ${f.row}, ${f.column}${f.severity === 'missing' ? '' : value}: ${f.message}`;
}

const UNEXPECTED =
  'Uventet fejl i dokark. Inputfilen er ikke ændret, og der er ikke skrevet nogen fil. Kør igen med DOKARK_DEBUG=1 foran kommandoen for at se detaljerne, og send dem til udviklerne.';

function requireOut(out: string | undefined, example = 'UD.xlsx'): string {
  if (!out) throw new UserError(`Angiv outputfilen med -o ${example}.`);
  return out;
}

async function run(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) throw new UserError(`Angiv en kommando.\n${USAGE}`);
  if (['-h', '--help', 'help'].includes(command)) {
    io.out(USAGE);
    return 0;
  }
  if (!isCommand(command)) throw new UserError(`Ukendt kommando «${command}».\n${USAGE}`);
  const args = parseArgs(command, rest);
  const overwrite = args.flags.has('--overwrite');
  switch (command) {
    case 'new': {
      const out = requireOut(args.out);
      await checkOutput(out, { overwrite });
      const wb = new FileWorkbook();
      await wb.setup();
      await saveAtomically((file) => wb.save(file), out);
      io.out(`Oprettet: ${out} (arkene ${SHEETS_MADE_TEXT}).`);
      return 0;
    }
    case 'upgrade': {
      const input = args.input!;
      const out = requireOut(args.out);
      await checkOutput(out, { input, overwrite });
      const wb = await FileWorkbook.open(input);
      const summary = await wb.upgrade();
      await saveAtomically((file) => wb.save(file), out);
      io.out(upgradeReport(summary, out));
      return 0;
    }
    case 'workshop': {
      const input = args.input!;
      const out = requireOut(args.out);
      if (!args.businessArea) throw new UserError('Angiv fagområdet: --fagomraade NAVN.');
      await checkOutput(out, { input, overwrite });
      const wb = await FileWorkbook.open(input);
      const n = await wb.addWorkshopHandouts(args.businessArea);
      await saveAtomically((file) => wb.save(file), out);
      io.out(`Oprettet: ${out} med arket «Workshopark til udskrift»: ${n} workshopark, ét pr. side.`);
      return 0;
    }
    case 'check': {
      const { checkWorkbook } = await import('../workbook/file/checkFile');
      const { openPackage } = await import('../workbook/file/packageFile');
      const findings = checkWorkbook(await openPackage(args.input!));
      if (args.flags.has('--json')) {
        io.out(
          JSON.stringify(
            findings.map((f) => ({ row: f.row, column: f.column, value: f.value, message: f.message })),
            null,
            2,
          ),
        );
      } else {
        findings.forEach((f) => io.out(findingLine(f)));
        io.out(findings.length === 0 ? 'Alt er i orden.' : `${findings.length} ting at se på.`);
      }
      return findings.length === 0 ? 0 : 1;
    }
    case 'notat': {
      const input = args.input!;
      const out = requireOut(args.out, 'NOTAT.docx');
      await checkOutput(out, { input, overwrite, extension: '.docx' });
      const wb = await FileWorkbook.open(input);
      const detection = await wb.detect();
      if (detection.status === 'upgradable')
        throw new UserError(
          `«${input}» er ikke opgraderet endnu, så arket har ingen formler at regne tallene med. Kør først dokark upgrade ${input} -o UD.xlsx, og dan notatet af UD.xlsx.`,
        );
      if (detection.status === 'absent') throw new UserError(`«${input}» har intet dokumentationsark.`);
      const notat = buildNotat({ ...(await wb.snapshot()), today: new Date() });
      // docx is loaded only here.
      const { notatBuffer } = await import('../notat/notatDocx');
      const bytes = await notatBuffer(notat);
      await saveAtomically((file) => fs.promises.writeFile(file, bytes), out);
      io.out(notatReport(notat, out));
      return 0;
    }
  }
}

/** Exit 0 (done), 1 (check found something), 2 (bad input: a Danish line on stderr), 3 (a bug). */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof UserError || e instanceof UpgradeError) {
      io.err(`Fejl: ${e.message}`);
      return 2;
    }
    io.err(UNEXPECTED);
    if (process.env.DOKARK_DEBUG) io.err(String((e as Error)?.stack ?? e));
    return 3;
  }
}

if (require.main === module) {
  main(process.argv.slice(2), { out: (s) => console.log(s), err: (s) => console.error(s) }).then(
    (code) => (process.exitCode = code),
  );
}
