// Name: read-relationships-page
// Purpose: The next $batchSize relationship ids after $after (in id order, on the
//   claim_relationship index) that have a claim matching the filter, with those matching
//   claims, for streaming every relationship; the caller aggregates each group.
// Parameters: $after — last relationship id of the previous page (''); $batchSize — integer;
//   $predicates, $origins — lists or null (any); $statuses — list; $from, $to — partial ISO
//   dates or null. Same semantics as store/filter.ts (matchesClaim / inWindow): partial dates
//   compare as prefixes and undated claims fall outside any window. The window tests are CASE
//   expressions on purpose: left(s, null) raises an error, and Neo4j may reorder or split
//   (CNF) the conjuncts of a WHERE, so only a CASE guarantees `size(date)` is never null there.
MATCH (x:Claim)
WHERE x.relId > $after
  AND ($predicates IS NULL OR x.predicate IN $predicates)
  AND x.status IN $statuses
  AND ($origins IS NULL OR coalesce(x.origin, 'CURATED') IN $origins)
  AND CASE WHEN $from IS NULL THEN true WHEN x.date IS NULL THEN false
    ELSE x.date >= left($from, size(x.date)) END
  AND CASE WHEN $to IS NULL THEN true WHEN x.date IS NULL THEN false
    ELSE left(x.date, size($to)) <= $to END
WITH DISTINCT x.relId AS relId
ORDER BY relId
LIMIT $batchSize
MATCH (c:Claim {relId: relId})
WHERE ($predicates IS NULL OR c.predicate IN $predicates)
  AND c.status IN $statuses
  AND ($origins IS NULL OR coalesce(c.origin, 'CURATED') IN $origins)
  AND CASE WHEN $from IS NULL THEN true WHEN c.date IS NULL THEN false
    ELSE c.date >= left($from, size(c.date)) END
  AND CASE WHEN $to IS NULL THEN true WHEN c.date IS NULL THEN false
    ELSE left(c.date, size($to)) <= $to END
RETURN relId, c {.*} AS claim
