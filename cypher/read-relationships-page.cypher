// Name: read-relationships-page
// Purpose: The next $batchSize relationship ids after $after (in id order, on the
//   claim_relationship index) that have a claim matching the filter, with those matching
//   claims, for streaming every relationship; the caller aggregates each group.
// Parameters: $after — last relationship id of the previous page (''); $batchSize — integer;
//   $predicates, $origins — lists or null (any); $statuses — list; $from, $to — partial ISO
//   dates or null. Same semantics as store/filter.ts (matchesClaim / inWindow): partial dates
//   compare as prefixes and undated claims fall outside any window.
MATCH (x:Claim)
WHERE x.relId > $after
  AND ($predicates IS NULL OR x.predicate IN $predicates)
  AND x.status IN $statuses
  AND ($origins IS NULL OR x.origin IN $origins)
  AND ($from IS NULL OR (x.date IS NOT NULL AND x.date >= left($from, size(x.date))))
  AND ($to IS NULL OR (x.date IS NOT NULL AND left(x.date, size($to)) <= $to))
WITH DISTINCT x.relId AS relId
ORDER BY relId
LIMIT $batchSize
MATCH (c:Claim {relId: relId})
WHERE ($predicates IS NULL OR c.predicate IN $predicates)
  AND c.status IN $statuses
  AND ($origins IS NULL OR c.origin IN $origins)
  AND ($from IS NULL OR (c.date IS NOT NULL AND c.date >= left($from, size(c.date))))
  AND ($to IS NULL OR (c.date IS NOT NULL AND left(c.date, size($to)) <= $to))
RETURN relId, c {.*} AS claim
