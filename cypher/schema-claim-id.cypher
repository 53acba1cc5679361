// Name: schema-claim-id
// Purpose: Unique claim ids (also the index behind MERGE/MATCH on :Claim {id}). Idempotent.
// Parameters: none
CREATE CONSTRAINT claim_id IF NOT EXISTS
FOR (c:Claim) REQUIRE c.id IS UNIQUE
