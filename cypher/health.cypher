// Name: health
// Purpose: Proves the database answers a read; reports product name, version and edition.
// Parameters: none
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions, edition
