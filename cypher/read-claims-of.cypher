// Name: read-claims-of
// Purpose: The claims matching the filter behind each relationship id.
// Parameters: $relIds — list of canonical relationship ids;
//   $predicates, $origins — lists or null (any); $statuses — list; $from, $to — partial ISO
//   dates or null. Same semantics as store/filter.ts (matchesClaim / inWindow): partial dates
//   compare as prefixes and undated claims fall outside any window. The window tests are CASE
//   expressions on purpose: left(s, null) raises an error, and Neo4j may reorder or split
//   (CNF) the conjuncts of a WHERE, so only a CASE guarantees `size(date)` is never null there.
UNWIND $relIds AS relId
MATCH (c:Claim {relId: relId})
WHERE ($predicates IS NULL OR c.predicate IN $predicates)
  AND c.status IN $statuses
  AND ($origins IS NULL OR coalesce(c.origin, 'CURATED') IN $origins)
  AND CASE WHEN $from IS NULL THEN true WHEN c.date IS NULL THEN false
    ELSE c.date >= left($from, size(c.date)) END
  AND CASE WHEN $to IS NULL THEN true WHEN c.date IS NULL THEN false
    ELSE left(c.date, size($to)) <= $to END
RETURN relId, c {.*} AS claim
