package main

import "testing"

// Rows of the authorization matrix for frameworks.
func frameworkCases(t *testing.T) map[string]opCase {
	t.Helper()
	return map[string]opCase{}
}
