import type { ClaimOrigin, ClaimStatus, Predicate } from '../domain';
import type { ClaimFilter } from '../store';

export const EXPORT_FORMATS = [
  'csv',
  'json',
  'graphml',
  'gexf',
  'cypher',
  'brief',
  'brief-html',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const FORMAT_INFO: Readonly<Record<ExportFormat, { contentType: string; ext: string }>> = {
  csv: { contentType: 'application/zip', ext: 'zip' },
  json: { contentType: 'application/json; charset=utf-8', ext: 'json' },
  graphml: { contentType: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  gexf: { contentType: 'application/gexf+xml; charset=utf-8', ext: 'gexf' },
  cypher: { contentType: 'text/plain; charset=utf-8', ext: 'cypher' },
  brief: { contentType: 'text/markdown; charset=utf-8', ext: 'md' },
  'brief-html': { contentType: 'text/html; charset=utf-8', ext: 'html' },
};

/** A view: the bounded neighbourhood of focus actors (as the explorer shows it). */
export interface ExportView {
  actorIds: string[];
  depth: number;
  limit: number;
}

export interface ExportRequest {
  format: ExportFormat;
  filter: ClaimFilter;
  /** null exports the whole graph. */
  view: ExportView | null;
}

/** What an export says about itself in its header or metadata. */
export interface ExportMeta {
  generatedAt: string;
  revision: string;
  view: (ExportView & { truncated: boolean; names: string[] }) | null;
  /** The filter with defaults applied (null = any). */
  filter: {
    predicates: Predicate[] | null;
    statuses: ClaimStatus[];
    origins: ClaimOrigin[] | null;
    from: string | null;
    to: string | null;
  };
}
