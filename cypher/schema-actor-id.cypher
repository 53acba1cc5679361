// Name: schema-actor-id
// Purpose: Unique actor ids (also the index every MERGE/MATCH on :Actor {id} uses). Idempotent.
// Parameters: none
CREATE CONSTRAINT actor_id IF NOT EXISTS
FOR (a:Actor) REQUIRE a.id IS UNIQUE
