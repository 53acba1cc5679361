// Name: admin-create-database
// Purpose: Tests only, against the `system` database on Enterprise: a database per test run.
// Parameters: $name — database name
CREATE DATABASE $name IF NOT EXISTS WAIT
