package main

import "testing"

// Rows of the authorization matrix for the audit log and AVG export and erasure.
func auditCases(t *testing.T) map[string]opCase {
	t.Helper()
	return map[string]opCase{}
}
