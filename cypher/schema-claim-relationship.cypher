// Name: schema-claim-relationship
// Purpose: Index on the canonical relationship id of each claim (claimsOf, aggregate rebuilds).
// Parameters: none
CREATE INDEX claim_relationship IF NOT EXISTS
FOR (c:Claim) ON (c.relId)
