// Name: read-relationships-of
// Purpose: The claims matching the filter that touch each actor (as subject or object); the
//   caller groups them by relationship and aggregates (domain aggregateClaims).
// Parameters: $ids — list of actor ids;
//   $predicates, $origins — lists or null (any); $statuses — list; $from, $to — partial ISO
//   dates or null. Same semantics as store/filter.ts (matchesClaim / inWindow): partial dates
//   compare as prefixes and undated claims fall outside any window. The window tests are CASE
//   expressions on purpose: left(s, null) raises an error, and Neo4j may reorder or split
//   (CNF) the conjuncts of a WHERE, so only a CASE guarantees `size(date)` is never null there.
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE ($predicates IS NULL OR c.predicate IN $predicates)
  AND c.status IN $statuses
  AND ($origins IS NULL OR coalesce(c.origin, 'CURATED') IN $origins)
  AND CASE WHEN $from IS NULL THEN true WHEN c.date IS NULL THEN false
    ELSE c.date >= left($from, size(c.date)) END
  AND CASE WHEN $to IS NULL THEN true WHEN c.date IS NULL THEN false
    ELSE left(c.date, size($to)) <= $to END
RETURN id, c {.*} AS claim
