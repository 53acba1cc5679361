/**
 * Escaping for the streaming GraphML/GEXF writers. Hand-written: the XML libraries at hand
 * (xml-writer, xmlbuilder) build the whole document in memory, and escaping is five entities
 * plus dropping the characters XML 1.0 cannot carry at all.
 */
const INVALID =
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Inside attributes, parsers normalise raw newlines and tabs to spaces; references survive.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/** Escapes text content. */
export const xmlText = (s: string): string =>
  s.replace(INVALID, '').replace(/[&<>\r]/g, (c) => ENTITIES[c] ?? c);

/** Escapes an attribute value (for double-quoted attributes). */
export const xmlAttr = (s: string): string =>
  s.replace(INVALID, '').replace(/[&<>"'\n\r\t]/g, (c) => ENTITIES[c] ?? c);

/** `name="value" …` for the defined entries. */
export const attrs = (a: Record<string, string | number | boolean | null | undefined>): string =>
  Object.entries(a)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${xmlAttr(String(v))}"`)
    .join('');

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** An XML comment: `--` is not allowed inside one. */
export const xmlComment = (s: string): string =>
  `<!-- ${s.replace(INVALID, '').replace(/-(?=-)/g, '- ')} -->`;
