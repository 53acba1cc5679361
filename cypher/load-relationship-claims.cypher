// Name: load-relationship-claims
// Purpose: Every claim (any status) of the given relationships, to rebuild their aggregates.
// Parameters: $relIds — list of canonical relationship ids (subject|PREDICATE|object)
UNWIND $relIds AS relId
MATCH (c:Claim {relId: relId})
RETURN c {.*} AS claim
