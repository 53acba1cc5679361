// Name: admin-drop-database
// Purpose: Tests and benchmarks only: drops the database admin-create-database made. Run by
//   Executor.admin against the `system` database in an auto-commit transaction.
// Parameters: $name — database name
DROP DATABASE $name IF EXISTS WAIT
