// Name: read-neighborhood-hop
// Purpose: One breadth-first hop: actors not yet taken that share matching claims with the
//   frontier, weighted by the number of those claims, best first (weight desc, id asc; ids
//   are ASCII slugs, so this order equals the embedded store's localeCompare), cut at $max
//   rows (room left plus one) so the caller knows whether the limit truncated the hop. One
//   hop per call, never more than $max rows: no unbounded variable-length expansion.
// Parameters: $frontier — actor ids reached by the previous hop; $taken — every actor id
//   already in the result; $max — the room left under the limit, plus one;
//   $predicates, $origins — lists or null (any); $statuses — list; $from, $to — partial ISO
//   dates or null. Same semantics as store/filter.ts (matchesClaim / inWindow): partial dates
//   compare as prefixes and undated claims fall outside any window. The window tests are CASE
//   expressions on purpose: left(s, null) raises an error, and Neo4j may reorder or split
//   (CNF) the conjuncts of a WHERE, so only a CASE guarantees `size(date)` is never null there.
UNWIND $frontier AS id
MATCH (f:Actor {id: id})<-[:SUBJECT|OBJECT]-(c:Claim)-[:SUBJECT|OBJECT]->(x:Actor)
WHERE x <> f AND NOT x.id IN $taken
  AND ($predicates IS NULL OR c.predicate IN $predicates)
  AND c.status IN $statuses
  AND ($origins IS NULL OR coalesce(c.origin, 'CURATED') IN $origins)
  AND CASE WHEN $from IS NULL THEN true WHEN c.date IS NULL THEN false
    ELSE c.date >= left($from, size(c.date)) END
  AND CASE WHEN $to IS NULL THEN true WHEN c.date IS NULL THEN false
    ELSE left(c.date, size($to)) <= $to END
WITH x, count(c) AS weight
RETURN x.id AS id, weight, x {.*} AS actor
ORDER BY weight DESC, id ASC
LIMIT $max
