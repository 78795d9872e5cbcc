package main

import (
	"bufio"
	"context"
	"io"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"

	"leergang/db/dbtest"
)

// fakeSMTP is a minimal mail server on loopback that records each message.
type fakeSMTP struct {
	ln   net.Listener
	mu   sync.Mutex
	msgs []string
}

func startFakeSMTP(t *testing.T) *fakeSMTP {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	f := &fakeSMTP{ln: ln}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			go f.serve(conn)
		}
	}()
	return f
}

func (f *fakeSMTP) serve(conn net.Conn) {
	defer conn.Close()
	r := bufio.NewReader(conn)
	say := func(s string) { _, _ = io.WriteString(conn, s+"\r\n") }
	say("220 fake ESMTP")
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		cmd := strings.ToUpper(strings.TrimSpace(line))
		switch {
		case strings.HasPrefix(cmd, "EHLO"), strings.HasPrefix(cmd, "HELO"):
			say("250 fake")
		case strings.HasPrefix(cmd, "MAIL"), strings.HasPrefix(cmd, "RCPT"):
			say("250 ok")
		case cmd == "DATA":
			say("354 go ahead")
			var b strings.Builder
			for {
				l, err := r.ReadString('\n')
				if err != nil || l == ".\r\n" {
					break
				}
				b.WriteString(l)
			}
			f.mu.Lock()
			f.msgs = append(f.msgs, b.String())
			f.mu.Unlock()
			say("250 queued")
		case cmd == "QUIT":
			say("221 bye")
			return
		default:
			say("250 ok")
		}
	}
}

func TestSMTPMailerDeliversOutbox(t *testing.T) {
	fake := startFakeSMTP(t)
	bdb := dbtest.New(t)
	ctx := context.Background()
	if _, err := bdb.NewRaw(`INSERT INTO outbox_messages (recipient, subject, body) VALUES ('nieuw@school.nl', 'Je uitnodiging voor Leergang', 'Hallo
.een regel met een punt
https://leergang.nl/uitnodiging/abc')`).Exec(ctx); err != nil {
		t.Fatal(err)
	}
	m := newSMTPMailer(bdb, slog.New(slog.NewTextHandler(io.Discard, nil)), "smtp://"+fake.ln.Addr().String(), "Leergang <noreply@dewegwijzer.nl>")
	if err := m.sendPending(ctx); err != nil {
		t.Fatal(err)
	}
	fake.mu.Lock()
	defer fake.mu.Unlock()
	if len(fake.msgs) != 1 || !strings.Contains(fake.msgs[0], "https://leergang.nl/uitnodiging/abc") ||
		!strings.Contains(fake.msgs[0], "\r\n..een regel met een punt") {
		t.Fatalf("delivered: %q", fake.msgs)
	}
	var unsent int
	if err := bdb.NewRaw(`SELECT count(*) FROM outbox_messages WHERE sent_at IS NULL`).Scan(ctx, &unsent); err != nil || unsent != 0 {
		t.Fatalf("unsent after delivery: %d %v", unsent, err)
	}
	// Nothing is sent twice.
	if err := m.sendPending(ctx); err != nil || len(fake.msgs) != 1 {
		t.Fatalf("resend: %v, %d messages", err, len(fake.msgs))
	}
}
