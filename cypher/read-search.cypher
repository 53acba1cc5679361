// Name: read-search
// Purpose: Candidate actors from the full-text index actor_search. $query requires every word
//   of the folded user text as a substring of some indexed word (`*word*` AND …, with Lucene
//   special characters escaped), a superset of what the ranking accepts; the caller ranks the
//   candidates exactly like the embedded store (exact > prefix > word prefix > substring).
// Parameters: $query — Lucene query string; $limit — maximum candidates (hard cap)
CALL db.index.fulltext.queryNodes('actor_search', $query, {limit: $limit})
YIELD node, score
RETURN node {.*} AS actor, score
ORDER BY score DESC, node.id
