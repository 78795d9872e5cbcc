package db_test

import (
	"regexp"
	"testing"

	"leergang/db"
)

var inviteLink = regexp.MustCompile(`/uitnodiging/([A-Za-z0-9_-]+)`)

func tokenFromMail(t *testing.T, body string) string {
	t.Helper()
	m := inviteLink.FindStringSubmatch(body)
	if m == nil {
		t.Fatalf("no invitation link in mail:\n%s", body)
	}
	return m[1]
}

func mustHash(t *testing.T, pw string) string {
	t.Helper()
	h, err := db.HashPassword(pw)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
