// Name: read-search
// Purpose: Candidate actors from the full-text index actor_search. $query (params.ts
//   luceneQuery) requires every word of the folded user text as a substring of some indexed
//   word — `(w^4 OR w*^2 OR *w*)` AND …, Lucene syntax escaped; Neo4j's parser accepts leading
//   wildcards — a superset of what the ranking accepts; the caller ranks the candidates
//   exactly like the embedded store (exact > prefix > word prefix > substring). Never called
//   with an empty query (Lucene cannot parse one). The options map takes an INTEGER limit.
// Parameters: $query — Lucene query string; $limit — maximum candidates (hard cap)
CALL db.index.fulltext.queryNodes('actor_search', $query, {limit: $limit})
YIELD node, score
RETURN node {.*} AS actor, score
ORDER BY score DESC, node.id
