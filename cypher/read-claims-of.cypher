// Name: read-claims-of
// Purpose: The claims matching the filter behind each relationship id.
// Parameters: $relIds — list of canonical relationship ids;
//   $predicates, $origins — lists or null (any); $statuses — list; $from, $to — partial ISO
//   dates or null. Same semantics as store/filter.ts (matchesClaim / inWindow): partial dates
//   compare as prefixes and undated claims fall outside any window.
UNWIND $relIds AS relId
MATCH (c:Claim {relId: relId})
WHERE ($predicates IS NULL OR c.predicate IN $predicates)
  AND c.status IN $statuses
  AND ($origins IS NULL OR c.origin IN $origins)
  AND ($from IS NULL OR (c.date IS NOT NULL AND c.date >= left($from, size(c.date))))
  AND ($to IS NULL OR (c.date IS NOT NULL AND left(c.date, size($to)) <= $to))
RETURN relId, c {.*} AS claim
