package db

// Unexported helpers that the external tests (package db_test) exercise.
var JSONRowExpr = jsonRowExpr
