/** What must never reach a Danish user: English words from Excel, Node or JavaScript, error codes, a stack trace. */
export function englishIn(text: string): string[] {
  const words =
    text.match(
      /\b(error|the|is|not|no such|cannot|could|failed|undefined|illegal|directory|permission|denied|requested|operation|internal|TypeError|RichApi)\b/gi,
    ) ?? [];
  const nodeCodes = text.match(/\bE(NOENT|ACCES|PERM|ISDIR|NOTDIR|ROFS|NOSPC|DQUOT|MFILE|EXIST|BUSY|IO)\b/g) ?? [];
  const officeCodes =
    text.match(
      /\b(AccessDenied|GeneralException|ItemNotFound|ApiNotFound|InvalidArgument|InvalidOperation\w*|Conflict)\b/g,
    ) ?? [];
  const stack = text.match(/\n\s+at .*/g) ?? [];
  return [...words, ...nodeCodes, ...officeCodes, ...stack];
}
