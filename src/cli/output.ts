/** Where dokark writes: checked before any work, written through a temporary file, file-system errors told in Danish. */
import { promises as fs, type Stats } from 'fs';
import path from 'path';
import { UserError } from '../workbook/errors';

const folderOf = (file: string) => path.dirname(path.resolve(file));

/** Why a file could not be written, in Danish; the errno code only when there is no better word for it. */
export function fileErrorReason(error: unknown, file: string): string {
  const code = (error as { code?: string } | null)?.code;
  const folder = folderOf(file);
  switch (code) {
    case 'ENOENT':
      return `mappen «${folder}» findes ikke.`;
    case 'ENOTDIR':
      return `en del af stien «${folder}» er ikke en mappe.`;
    case 'EISDIR':
      return 'det er en mappe.';
    case 'EACCES':
    case 'EPERM':
      return `du har ingen adgang til at skrive i «${folder}».`;
    case 'EROFS':
      return `«${folder}» er skrivebeskyttet.`;
    case 'ENOSPC':
    case 'EDQUOT':
      return 'der er ikke plads på disken.';
    default:
      return `filsystemet afviste det (fejlkode ${code ?? 'ukendt'}).`;
  }
}

const cannotWrite = (out: string, reason: string) => new UserError(`Kan ikke skrive «${out}»: ${reason}`);

async function statOrNull(file: string): Promise<Stats | null> {
  try {
    return await fs.stat(file);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null;
    throw error;
  }
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [x, y] = await Promise.all([statOrNull(a).catch(() => null), statOrNull(b).catch(() => null)]);
  return x !== null && y !== null && x.dev === y.dev && x.ino === y.ino;
}

/**
 * Every check that needs no workbook: the name (ending in `extension`, .xlsx unless told), the folder, an existing
 * file, the input itself (also by a link).
 */
export async function checkOutput(
  out: string,
  options: { input?: string; overwrite: boolean; extension?: '.xlsx' | '.docx' },
): Promise<void> {
  const extension = options.extension ?? '.xlsx';
  if (!out.toLowerCase().endsWith(extension)) throw new UserError(`Outputfilen skal ende på ${extension}: «${out}».`);
  if (options.input && (await sameFile(out, options.input))) {
    throw new UserError('UD må ikke være den samme fil som IND: originalen ændres aldrig.');
  }
  const folder = folderOf(out);
  try {
    const st = await statOrNull(folder);
    if (!st) throw cannotWrite(out, `mappen «${folder}» findes ikke.`);
    if (!st.isDirectory()) throw cannotWrite(out, `«${folder}» er ikke en mappe.`);
    const existing = await statOrNull(out);
    if (existing?.isDirectory()) throw cannotWrite(out, 'det er en mappe.');
    if (existing && !options.overwrite) {
      throw new UserError(
        `«${out}» findes allerede. Vælg et andet navn, eller tilføj --overwrite for at erstatte den.`,
      );
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw cannotWrite(out, fileErrorReason(error, out));
  }
}

/** Writes through a temporary file beside the output and renames it: a failure leaves neither file behind. */
export async function saveAtomically(save: (file: string) => Promise<void>, out: string): Promise<void> {
  const tmp = path.join(folderOf(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await save(tmp);
    await fs.rename(tmp, out);
  } catch (error) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    if (error instanceof UserError) throw error;
    throw cannotWrite(out, fileErrorReason(error, out));
  }
}
