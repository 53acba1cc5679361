import {
  briefWriter,
  claimFacts,
  heading,
  sourceText,
  summary,
  webUrl,
  type BriefRenderer,
} from './brief';
import { metaLines, viewTitle } from './meta';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
/** Escapes text and attribute values (hand-written: five entities). */
export const html = (s: string): string => s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const STYLE = `
  :root { color-scheme: light; }
  body { font: 11pt/1.45 Georgia, 'Times New Roman', serif; max-width: 48rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  h2 { border-bottom: 1px solid #999; padding-bottom: .2rem; margin-top: 2rem; }
  h3 { font-size: 1.05rem; margin: 1.4rem 0 .2rem; }
  .meta { font: 9pt/1.4 system-ui, sans-serif; color: #444; padding-left: 1.1rem; }
  .summary { font: 9pt system-ui, sans-serif; color: #333; margin: 0 0 .4rem; }
  .claims { margin: 0; padding-left: 1.2rem; }
  .status { font: bold 8pt system-ui, sans-serif; letter-spacing: .03em; }
  .facts { color: #555; }
  .claim-id { font: 8pt ui-monospace, monospace; color: #777; }
  a.cite { text-decoration: none; }
  .references li { margin-bottom: .3rem; }
  .references a { word-break: break-all; }
  @page { size: A4; margin: 18mm 16mm; }
  @media print {
    body { margin: 0; max-width: none; font-size: 10pt; }
    a { color: inherit; text-decoration: none; }
    h2, h3 { break-after: avoid; }
    section.rel, .references li { break-inside: avoid; }
  }
`;

/** A standalone, printable HTML brief: no scripts, no external resources. */
export const htmlBrief: BriefRenderer = {
  begin: (meta) => {
    const title = `Relata brief: ${viewTitle(meta)}`;
    return (
      `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${html(title)}</title>\n` +
      `<meta name="generator" content="Relata">\n<meta name="date" content="${html(meta.generatedAt)}">\n` +
      `<style>${STYLE}</style>\n</head>\n<body>\n<header>\n<h1>${html(title)}</h1>\n<ul class="meta">\n` +
      metaLines(meta)
        .map((l) => `<li>${html(l)}</li>\n`)
        .join('') +
      '</ul>\n</header>\n<main>\n<h2>Relationships</h2>\n'
    );
  },
  relationship: (item) => {
    const claims = item.claims.map((b) => {
      const c = b.claim;
      const text = [
        ...(c.note ? [html(c.note)] : []),
        ...(c.evidence ? [`<q>${html(c.evidence)}</q>`] : []),
      ];
      return (
        `<li><span class="status">${c.status}</span> <span class="facts">${claimFacts(b).map(html).join(' · ')}</span> — ` +
        `${text.join(' — ')} <a class="cite" href="#ref-${b.cite}">[${b.cite}]</a> <span class="claim-id">${html(c.id)}</span></li>\n`
      );
    });
    return (
      `<section class="rel" id="rel-${item.index}">\n<h3>${html(heading(item))}</h3>\n` +
      `<p class="summary">${summary(item.rel).map(html).join(' · ')}</p>\n<ul class="claims">\n${claims.join('')}</ul>\n</section>\n`
    );
  },
  empty: () => '<p>No relationship matches this view and these filters.</p>\n',
  references: () => '</main>\n<section class="references">\n<h2>References</h2>\n<ol>\n',
  reference: (n, id, s) => {
    const url = webUrl(s?.url);
    const link = url ? ` <a href="${html(url)}">${html(url)}</a>` : '';
    return `<li id="ref-${n}" value="${n}">${html(sourceText(s, id))}${link} <span class="claim-id">${html(id)}</span></li>\n`;
  },
  end: () => '</ol>\n</section>\n</body>\n</html>\n',
};

export const writeHtmlBrief = briefWriter(htmlBrief);
