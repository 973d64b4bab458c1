/** dokark's command line, read strictly: an unknown flag or a stray file name is an error, never ignored. */
import { UserError } from '../workbook/errors';

export const USAGE = `Brug:
  dokark new -o UD.xlsx [--overwrite]                 opret et tomt dokumentationsark
  dokark upgrade IND.xlsx -o UD.xlsx [--overwrite]    opgrader et eksisterende ark (IND ændres aldrig)
  dokark check FIL.xlsx [--json]                      vis fejl, mangler og spørgsmål (exit 1, hvis der er nogen)
  dokark notat FIL.xlsx -o NOTAT.docx [--overwrite]   dan et udkast til beslutningsnotat i Word
  dokark workshop IND.xlsx --fagomraade NAVN -o UD.xlsx   workshopark til udskrift: ét pr. sagsområde i fagområdet
  --overwrite erstatter en eksisterende UD-fil.`;

export type Command = 'new' | 'upgrade' | 'check' | 'notat' | 'workshop';

interface Spec {
  /** How the command is typed, for messages. */
  form: string;
  /** The one input file, when the command takes one: the message when it is missing. */
  input?: string;
  values: string[];
  switches: string[];
}

const SPECS: Record<Command, Spec> = {
  new: { form: 'dokark new -o UD.xlsx', values: ['-o'], switches: ['--overwrite'] },
  upgrade: {
    form: 'dokark upgrade IND.xlsx -o UD.xlsx',
    input: 'Angiv filen, der skal opgraderes: dokark upgrade IND.xlsx -o UD.xlsx',
    values: ['-o'],
    switches: ['--overwrite'],
  },
  workshop: {
    form: 'dokark workshop IND.xlsx --fagomraade NAVN -o UD.xlsx',
    input: 'Angiv dokumentationsarket: dokark workshop IND.xlsx --fagomraade NAVN -o UD.xlsx',
    values: ['-o', '--fagomraade'],
    switches: ['--overwrite'],
  },
  check: {
    form: 'dokark check FIL.xlsx [--json]',
    input: 'Angiv filen, der skal tjekkes: dokark check FIL.xlsx',
    values: [],
    switches: ['--json'],
  },
  notat: {
    form: 'dokark notat FIL.xlsx -o NOTAT.docx',
    input: 'Angiv dokumentationsarket, notatet dannes af: dokark notat FIL.xlsx -o NOTAT.docx',
    values: ['-o'],
    switches: ['--overwrite'],
  },
};

export function isCommand(name: string | undefined): name is Command {
  return name !== undefined && Object.prototype.hasOwnProperty.call(SPECS, name);
}

export interface Args {
  input: string | undefined;
  out: string | undefined;
  /** --fagomraade NAVN (dokark workshop). */
  businessArea: string | undefined;
  flags: Set<string>;
}

export function parseArgs(command: Command, args: string[]): Args {
  const spec = SPECS[command];
  const files: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('-') || a === '') {
      files.push(a);
    } else if (spec.values.includes(a)) {
      const v = args[i + 1];
      if (v === undefined || v.startsWith('-'))
        throw new UserError(`${a} skal efterfølges af ${a === '-o' ? 'et filnavn' : 'et navn'}.`);
      values.set(a, v);
      i++;
    } else if (spec.switches.includes(a)) {
      flags.add(a);
    } else {
      throw new UserError(`Ukendt tilvalg «${a}». Brug: ${spec.form}`);
    }
  }
  const allowed = spec.input ? 1 : 0;
  if (files.length > allowed) throw new UserError(`Uventet filnavn «${files[allowed]}». Brug: ${spec.form}`);
  if (spec.input && files.length === 0) throw new UserError(spec.input);
  return { input: files[0], out: values.get('-o'), businessArea: values.get('--fagomraade'), flags };
}
