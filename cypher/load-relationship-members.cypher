// Name: load-relationship-members
// Purpose: The ids of the claims currently in each given relationship, so a load can tell
//   which relationships it creates and which it updates.
// Parameters: $relIds — list of canonical relationship ids
UNWIND $relIds AS relId
MATCH (c:Claim {relId: relId})
RETURN relId, collect(c.id) AS claimIds
