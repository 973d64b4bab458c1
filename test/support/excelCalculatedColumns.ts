/**
 * ExcelJS 4.4 can neither write nor read a table column's <calculatedColumnFormula>, which makes Excel fill the formula
 * into rows the user adds. This teaches its table-column writer that one element.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const TableColumnXform = require('exceljs/lib/xlsx/xform/table/table-column-xform');

interface XmlStream {
  leafNode(tag: string, attrs?: Record<string, unknown>, text?: string): void;
  openNode(tag: string, attrs?: Record<string, unknown>): void;
  closeNode(): void;
}

let patched = false;

export function enableCalculatedColumns(): void {
  if (patched) return;
  patched = true;
  const original = TableColumnXform.prototype.render;
  TableColumnXform.prototype.render = function render(xmlStream: XmlStream, model: Record<string, unknown>) {
    if (!model.calculatedColumnFormula) return original.call(this, xmlStream, model);
    xmlStream.openNode('tableColumn', {
      id: String(model.id),
      name: model.name,
      totalsRowLabel: model.totalsRowLabel,
      totalsRowFunction: model.totalsRowFunction,
      dxfId: model.dxfId,
    });
    xmlStream.leafNode('calculatedColumnFormula', undefined, String(model.calculatedColumnFormula));
    xmlStream.closeNode();
    return true;
  };
  // Reading: the stock parser ends the column at the first closing tag, so it must skip over the child.
  const proto = TableColumnXform.prototype;
  const parseOpen = proto.parseOpen;
  proto.parseOpen = function (node: { name: string }) {
    if (node.name === 'calculatedColumnFormula') {
      this.inFormula = true;
      this.model.calculatedColumnFormula = '';
      return true;
    }
    return parseOpen.call(this, node);
  };
  proto.parseText = function (text: string) {
    if (this.inFormula) this.model.calculatedColumnFormula += text;
  };
  proto.parseClose = function (name: string) {
    if (name === 'calculatedColumnFormula') {
      this.inFormula = false;
      return true;
    }
    return false;
  };
}
