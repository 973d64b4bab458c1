/**
 * XML parts read as XML, on a streaming parser (saxes): elements matched by namespace and local name (`<x:row>` is
 * `<row>` when x is bound to SpreadsheetML), character data with CDATA sections and references decoded by the parser.
 * A DOCTYPE never gets here (packageFile refuses it first); saxes expands no entity beyond XML's five.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';

/** The namespaces whose elements are read: SpreadsheetML's main (transitional and strict), package relationships. */
export const READ_NAMESPACES: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
  'http://schemas.openxmlformats.org/package/2006/relationships',
]);

/** The namespace of `r:id` and its kin (transitional and strict). */
const RELATIONSHIP_IDS = new Set([
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
]);

export type XmlTag = SaxesTagNS;

export interface XmlHandlers {
  /** An element of a read namespace opened, by its local name (a self-closing one is closed right after). */
  open?(name: string, tag: XmlTag): void;
  close?(name: string): void;
  /** Character data anywhere: text and CDATA sections, in document order. */
  text?(text: string): void;
}

/** A part that is not well-formed XML (or uses an undeclared entity or prefix). */
export class XmlError extends Error {
  constructor(
    readonly part: string,
    message: string,
  ) {
    super(`${part}: ${message}`);
    this.name = 'XmlError';
  }
}

export function readXml(xml: string, part: string, on: XmlHandlers): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  parser.on('error', (e) => {
    throw new XmlError(part, e.message);
  });
  const { open, close, text } = on;
  if (open) parser.on('opentag', (tag) => READ_NAMESPACES.has(tag.uri) && open(tag.local, tag));
  if (close) parser.on('closetag', (tag) => READ_NAMESPACES.has(tag.uri) && close(tag.local));
  if (text) {
    parser.on('text', text);
    parser.on('cdata', text);
  }
  parser.write(xml).close();
}

/** An unprefixed attribute's value (unprefixed attributes are in no namespace, as XML namespaces define them). */
export function attr(tag: XmlTag, name: string): string | undefined {
  const a = tag.attributes[name];
  return a && a.uri === '' ? a.value : undefined;
}

/** The `r:id` of an element, whatever its prefix. */
export function relationshipId(tag: XmlTag): string | undefined {
  for (const a of Object.values(tag.attributes)) if (a.local === 'id' && RELATIONSHIP_IDS.has(a.uri)) return a.value;
  return undefined;
}

const utf8 = new TextDecoder();

/** A part's text: UTF-16 when it starts with a byte-order mark for it, else UTF-8 (a UTF-8 mark dropped). */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return utf8.decode(bytes);
}

/** The local names of the read namespaces' elements in a part. */
export function elementNames(xml: string, part: string): Set<string> {
  const names = new Set<string>();
  readXml(xml, part, { open: (name) => names.add(name) });
  return names;
}

/** Character data as it stands in XML (entity and character references, CDATA sections), decoded. */
export function characterData(raw: string): string {
  let out = '';
  readXml(`<t>${raw}</t>`, 'text', { text: (t) => (out += t) });
  return out;
}
