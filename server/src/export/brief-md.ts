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

/** Escapes Markdown syntax in our data (a note cannot fake a [n] citation or a heading). */
export const md = (s: string): string =>
  s.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ').replace(/[\\`*_{}[\]<>()#+!|~&]/g, (c) => `\\${c}`);

export const markdownBrief: BriefRenderer = {
  begin: (meta) =>
    `# Relata brief: ${md(viewTitle(meta))}\n\n${metaLines(meta)
      .map((l) => `- ${md(l)}\n`)
      .join('')}\n## Relationships\n\n`,
  relationship: (item) => {
    const claims = item.claims.map((b) => {
      const c = b.claim;
      const text = [
        ...(c.note ? [md(c.note)] : []),
        ...(c.evidence ? [`“${md(c.evidence)}”`] : []),
      ].join(' — ');
      return `- **${c.status}** · ${claimFacts(b).map(md).join(' · ')} — ${text} [${b.cite}] (claim ${md(c.id)})\n`;
    });
    return `### ${md(heading(item))}\n\n${summary(item.rel).map(md).join(' · ')}\n\n${claims.join('')}\n`;
  },
  empty: () => 'No relationship matches this view and these filters.\n\n',
  references: () => '## References\n\n',
  reference: (n, id, s) => {
    const url = webUrl(s?.url);
    return `${n}. ${md(sourceText(s, id))}${url ? ` <${url.replace(/[<>\s]/g, encodeURIComponent)}>` : ''} (${md(id)})\n`;
  },
  end: () => '',
};

export const writeMarkdownBrief = briefWriter(markdownBrief);
