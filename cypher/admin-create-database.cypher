// Name: admin-create-database
// Purpose: Tests and benchmarks only: a database of their own. Enterprise only (Community
//   answers Neo.ClientError.Statement.UnsupportedAdministrationCommand and the caller falls
//   back to NEO4J_DATABASE). Run by Executor.admin against the `system` database in an
//   auto-commit transaction: WAIT commits the enclosing transaction itself, so it must not
//   run inside executeWrite.
// Parameters: $name — database name
CREATE DATABASE $name IF NOT EXISTS WAIT
