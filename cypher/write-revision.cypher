// Name: write-revision
// Purpose: Gives the data a new revision; runs in the same transaction as the load or clear
//   that changed it, so readers never see new data with an old revision.
// Parameters: none
MERGE (m:RelataMeta {key: 'relata'})
SET m.revision = randomUUID()
RETURN m.revision AS revision
