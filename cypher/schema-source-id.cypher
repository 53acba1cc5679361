// Name: schema-source-id
// Purpose: Unique source ids (also the index behind MERGE/MATCH on :Source {id}). Idempotent.
// Parameters: none
CREATE CONSTRAINT source_id IF NOT EXISTS
FOR (s:Source) REQUIRE s.id IS UNIQUE
