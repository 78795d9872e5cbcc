package main

import (
	"context"
	"crypto/tls"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"net/mail"
	"net/smtp"
	"net/url"
	"strings"
	"time"

	"github.com/uptrace/bun"

	"leergang/db"
)

// smtpMailer delivers outbox messages through a mail server. Messages are
// already stored when Queued is called; the sender loop only moves them on,
// so a mail server outage delays mail but never loses it.
type smtpMailer struct {
	db    *bun.DB
	log   *slog.Logger
	url   *url.URL
	from  string
	nudge chan struct{}
}

func newSMTPMailer(bdb *bun.DB, log *slog.Logger, rawURL, from string) *smtpMailer {
	u, _ := url.Parse(rawURL) // validated in LoadConfig
	return &smtpMailer{db: bdb, log: log, url: u, from: from, nudge: make(chan struct{}, 1)}
}

func (m *smtpMailer) Queued(*db.OutboxMessage) {
	select {
	case m.nudge <- struct{}{}:
	default:
	}
}

// run sends pending mail when nudged and every 30 seconds, until ctx ends.
func (m *smtpMailer) run(ctx context.Context) {
	t := time.NewTicker(30 * time.Second)
	defer t.Stop()
	for {
		if err := m.sendPending(ctx); err != nil && ctx.Err() == nil {
			m.log.Warn("sending mail", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-m.nudge:
		}
	}
}

func (m *smtpMailer) sendPending(ctx context.Context) error {
	return m.db.RunInTx(ctx, nil, func(ctx context.Context, tx bun.Tx) error {
		msgs, err := db.UnsentMail(ctx, tx, 20)
		if err != nil {
			return err
		}
		for _, msg := range msgs {
			if err := m.send(msg); err != nil {
				m.log.Warn("mail not delivered; will retry", "to", msg.Recipient, "err", err)
				if err := db.MarkMailFailed(ctx, tx, msg.ID, err.Error()); err != nil {
					return err
				}
				continue
			}
			if err := db.MarkMailSent(ctx, tx, msg.ID); err != nil {
				return err
			}
		}
		return nil
	})
}

func (m *smtpMailer) send(msg *db.OutboxMessage) error {
	host := m.url.Hostname()
	addr := net.JoinHostPort(host, m.url.Port())
	var c *smtp.Client
	var err error
	if m.url.Scheme == "smtps" {
		conn, derr := tls.DialWithDialer(&net.Dialer{Timeout: 15 * time.Second}, "tcp", addr, &tls.Config{ServerName: host})
		if derr != nil {
			return derr
		}
		c, err = smtp.NewClient(conn, host)
	} else {
		conn, derr := net.DialTimeout("tcp", addr, 15*time.Second)
		if derr != nil {
			return derr
		}
		c, err = smtp.NewClient(conn, host)
		if err == nil {
			if ok, _ := c.Extension("STARTTLS"); ok {
				err = c.StartTLS(&tls.Config{ServerName: host})
			}
		}
	}
	if err != nil {
		return err
	}
	defer c.Close()
	if u := m.url.User; u != nil {
		pw, _ := u.Password()
		if err := c.Auth(smtp.PlainAuth("", u.Username(), pw, host)); err != nil {
			return err
		}
	}
	sender, err := mail.ParseAddress(m.from)
	if err != nil {
		return err
	}
	if err := c.Mail(sender.Address); err != nil {
		return err
	}
	if err := c.Rcpt(msg.Recipient); err != nil {
		return err
	}
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(formatMail(m.from, msg)); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	return c.Quit()
}

// formatMail writes a plain-text UTF-8 message; header values are encoded so
// user-supplied names cannot inject headers.
func formatMail(from string, msg *db.OutboxMessage) []byte {
	var b strings.Builder
	clean := func(s string) string { return strings.NewReplacer("\r", "", "\n", "").Replace(s) }
	fmt.Fprintf(&b, "From: %s\r\n", clean(from))
	fmt.Fprintf(&b, "To: %s\r\n", clean(msg.Recipient))
	fmt.Fprintf(&b, "Subject: %s\r\n", mime.QEncoding.Encode("utf-8", clean(msg.Subject)))
	fmt.Fprintf(&b, "Date: %s\r\n", msg.CreatedAt.UTC().Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <%s@leergang>\r\n", msg.ID)
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
	// net/smtp's data writer does the dot-stuffing of lines that start with ".".
	for _, line := range strings.Split(strings.ReplaceAll(msg.Body, "\r\n", "\n"), "\n") {
		b.WriteString(line + "\r\n")
	}
	return []byte(b.String())
}
