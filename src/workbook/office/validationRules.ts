/** The plan's validation specs in Office.js form. */
import type { ValidationSpec } from '../plan';

export interface OfficeValidation {
  rule: Excel.DataValidationRule;
  errorAlert: Excel.DataValidationErrorAlert;
  prompt: Excel.DataValidationPrompt;
}

/** The plan gives list sources in file form: a formula, or a quoted literal "a,b,c". */
function listSource(source: string): string {
  return /^".*"$/.test(source) ? source.slice(1, -1) : `=${source}`;
}

export function toOfficeValidation(spec: ValidationSpec, topLeft: string): OfficeValidation {
  const rule: Excel.DataValidationRule =
    spec.rule.kind === 'list'
      ? { list: { inCellDropDown: true, source: listSource(spec.rule.source) } }
      : spec.rule.kind === 'wholeNumber'
        ? { wholeNumber: { formula1: spec.rule.min, formula2: spec.rule.max, operator: 'Between' } }
        : { custom: { formula: `=${spec.rule.formula(topLeft)}` } };
  return {
    rule,
    errorAlert: {
      showAlert: true,
      style: spec.errorStyle === 'stop' ? 'Stop' : 'Warning',
      title: spec.errorTitle,
      message: spec.error,
    },
    prompt: { showPrompt: true, title: spec.promptTitle, message: spec.prompt },
  };
}

/** Queues validation on a range (clears what was there first; Excel refuses some rule changes otherwise). */
export function queueValidation(range: Excel.Range, spec: ValidationSpec, topLeft: string): void {
  const v = toOfficeValidation(spec, topLeft);
  range.dataValidation.clear();
  range.dataValidation.ignoreBlanks = true;
  range.dataValidation.rule = v.rule;
  range.dataValidation.errorAlert = v.errorAlert;
  range.dataValidation.prompt = v.prompt;
}
