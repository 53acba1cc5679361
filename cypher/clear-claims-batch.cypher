// Name: clear-claims-batch
// Purpose: Deletes up to $batchSize claims with their links (at most four each), so that the
//   transaction size is bounded by $batchSize. Run until nothing is left, before clear-batch:
//   deleting a hub actor first would detach its hundreds of thousands of claim links in a
//   single transaction and could exceed Neo4j's transaction memory limit.
// Parameters: $batchSize — integer
MATCH (c:Claim)
WITH c LIMIT $batchSize
DETACH DELETE c
RETURN count(*) AS deleted
