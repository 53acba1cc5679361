// Name: load-sources
// Purpose: Upserts a batch of sources (MERGE on id, properties replaced).
// Parameters: $rows — list of {props: map of source properties incl. id, fingerprint}
UNWIND $rows AS row
MERGE (s:Source {id: row.props.id})
SET s = row.props
RETURN count(s) AS written
