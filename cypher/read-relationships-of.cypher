// Name: read-relationships-of
// Purpose: The claims matching the filter that touch each actor (as subject or object); the
//   caller groups them by relationship and aggregates (domain aggregateClaims).
// Parameters: $ids — list of actor ids;
//   $predicates, $origins — lists or null (any); $statuses — list; $from, $to — partial ISO
//   dates or null. Same semantics as store/filter.ts (matchesClaim / inWindow): partial dates
//   compare as prefixes and undated claims fall outside any window.
UNWIND $ids AS id
MATCH (:Actor {id: id})<-[:SUBJECT|OBJECT]-(c:Claim)
WHERE ($predicates IS NULL OR c.predicate IN $predicates)
  AND c.status IN $statuses
  AND ($origins IS NULL OR c.origin IN $origins)
  AND ($from IS NULL OR (c.date IS NOT NULL AND c.date >= left($from, size(c.date))))
  AND ($to IS NULL OR (c.date IS NOT NULL AND left(c.date, size($to)) <= $to))
RETURN id, c {.*} AS claim
