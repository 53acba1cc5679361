// Name: schema-meta-key
// Purpose: One Relata bookkeeping node per database (holds the data revision). Idempotent.
// Parameters: none
CREATE CONSTRAINT relata_meta_key IF NOT EXISTS
FOR (m:RelataMeta) REQUIRE m.key IS UNIQUE
