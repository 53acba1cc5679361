// Name: clear-batch
// Purpose: Deletes up to $batchSize Relata nodes (and their relationships); the store repeats
//   it until nothing is left, so clearing a large graph never needs one huge transaction. It
//   runs after clear-claims-batch, when actors only carry their typed relationships. Only
//   Relata's labels are touched.
// Parameters: $batchSize — integer
MATCH (n)
WHERE n:Actor OR n:Source OR n:Claim
WITH n LIMIT $batchSize
DETACH DELETE n
RETURN count(*) AS deleted
