// Name: read-neighborhood-claims
// Purpose: The claims matching the filter between actors of the result (both ends in $ids);
//   the caller aggregates them into the subgraph's edges.
// Parameters: $ids — actor ids of the result;
//   $predicates, $origins — lists or null (any); $statuses — list; $from, $to — partial ISO
//   dates or null. Same semantics as store/filter.ts (matchesClaim / inWindow): partial dates
//   compare as prefixes and undated claims fall outside any window.
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:SUBJECT]-(c:Claim)-[:OBJECT]->(o:Actor)
WHERE o.id IN $ids
  AND ($predicates IS NULL OR c.predicate IN $predicates)
  AND c.status IN $statuses
  AND ($origins IS NULL OR c.origin IN $origins)
  AND ($from IS NULL OR (c.date IS NOT NULL AND c.date >= left($from, size(c.date))))
  AND ($to IS NULL OR (c.date IS NOT NULL AND left(c.date, size($to)) <= $to))
RETURN c {.*} AS claim
