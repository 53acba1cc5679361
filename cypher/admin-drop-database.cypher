// Name: admin-drop-database
// Purpose: Tests only, against the `system` database on Enterprise: drops the run's database.
// Parameters: $name — database name
DROP DATABASE $name IF EXISTS
