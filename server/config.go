package main

import (
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/mail"
	"net/url"
	"os"
	"strconv"
	"strings"
	"time"
)

// Config is every setting of the server. Each comes from an environment
// variable with a default that works on a developer's machine; secrets can
// also be read from a file named by the variable with a _FILE suffix.
type Config struct {
	Env            string        // LEERGANG_ENV: development or production
	Addr           string        // LEERGANG_ADDR: host:port to listen on
	BaseURL        string        // LEERGANG_BASE_URL: the public URL, used in mails and for cookies
	DatabaseURL    string        // DATABASE_URL (secret): PostgreSQL; empty starts a local cluster
	DataDir        string        // LEERGANG_DATA_DIR: local cluster and files
	AllowedOrigins []string      // LEERGANG_ALLOWED_ORIGINS: extra origins for CORS, comma-separated
	SessionIdle    time.Duration // LEERGANG_SESSION_IDLE_TIMEOUT
	SessionMax     time.Duration // LEERGANG_SESSION_MAX_AGE
	DemoData       bool          // LEERGANG_DEMO_DATA: load the demo world into an empty database
	DBMaxConns     int           // LEERGANG_DB_MAX_CONNS
	LogLevel       slog.Level    // LEERGANG_LOG_LEVEL: debug, info, warn, error
	LogFormat      string        // LEERGANG_LOG_FORMAT: text or json
	SMTPURL        string        // LEERGANG_SMTP_URL (secret): mail server; empty keeps mail in the outbox
	MailFrom       string        // LEERGANG_MAIL_FROM

	// Uploaded files (praktijkopdrachten).
	MaxVideoSize  int64         // LEERGANG_MAX_VIDEO_SIZE: bytes
	MaxFileSize   int64         // LEERGANG_MAX_FILE_SIZE: bytes, documents and images
	FileRetention int           // LEERGANG_FILE_RETENTION_MONTHS: months after afgerond
	UploadExpiry  time.Duration // LEERGANG_UPLOAD_EXPIRY: unfinished uploads are removed after this
	S3Endpoint    string        // LEERGANG_S3_ENDPOINT
	S3Region      string        // LEERGANG_S3_REGION
	S3Bucket      string        // LEERGANG_S3_BUCKET: empty keeps files in the data directory
	S3Prefix      string        // LEERGANG_S3_PREFIX
	S3AccessKeyID string        // LEERGANG_S3_ACCESS_KEY_ID
	S3SecretKey   string        // LEERGANG_S3_SECRET_ACCESS_KEY (secret)

	// PprofAddr is an opt-in debug listener for net/http/pprof (LEERGANG_PPROF),
	// used by `make bench` to profile; loopback addresses only.
	PprofAddr string
}

// ConfigVar documents one variable; the README table is written from this list.
type ConfigVar struct {
	Name, Default, Meaning string
	Secret                 bool
}

var configVars = []ConfigVar{
	{"LEERGANG_ENV", "development", "`development` or `production`. Production turns off GraphQL introspection and requires an explicit DATABASE_URL.", false},
	{"LEERGANG_ADDR", ":8080", "Address to listen on.", false},
	{"LEERGANG_BASE_URL", "http://localhost:8080", "Public URL of the site: used in invitation links and to decide whether cookies are `Secure` (everything except localhost).", false},
	{"DATABASE_URL", "(empty)", "PostgreSQL URL. Empty: a project-local cluster is started in `$LEERGANG_DATA_DIR/postgres` and stopped on exit. `DATABASE_URL_FILE` reads it from a file.", true},
	{"LEERGANG_DATA_DIR", ".data", "Folder for the local PostgreSQL cluster and stored files.", false},
	{"LEERGANG_ALLOWED_ORIGINS", "(base URL only)", "Extra origins, comma-separated, allowed to call the API with cookies (CORS and cross-origin protection).", false},
	{"LEERGANG_SESSION_IDLE_TIMEOUT", "8h", "A session ends after this long without requests.", false},
	{"LEERGANG_SESSION_MAX_AGE", "168h", "A session ends this long after sign-in, however active.", false},
	{"LEERGANG_DEMO_DATA", "true", "Load the demo world when the database is empty.", false},
	{"LEERGANG_DB_MAX_CONNS", "20", "Maximum open PostgreSQL connections of this server.", false},
	{"LEERGANG_LOG_LEVEL", "info", "`debug`, `info`, `warn` or `error`.", false},
	{"LEERGANG_LOG_FORMAT", "text", "`text` or `json`.", false},
	{"LEERGANG_SMTP_URL", "(empty)", "Mail server as `smtp://user:password@host:587` (STARTTLS when offered) or `smtps://…:465`. Empty: mail is not sent; it stays in the outbox page for beheerders and goes to the log. `LEERGANG_SMTP_URL_FILE` reads it from a file.", true},
	{"LEERGANG_MAIL_FROM", "Leergang <noreply@localhost>", "Sender of the mail.", false},
	{"LEERGANG_MAX_VIDEO_SIZE", "4GB", "Largest video a deelnemer can upload (`KB`, `MB`, `GB` are powers of 1024). A larger upload is refused before its bytes are sent.", false},
	{"LEERGANG_MAX_FILE_SIZE", "50MB", "Largest document or image a deelnemer can upload.", false},
	{"LEERGANG_FILE_RETENTION_MONTHS", "12", "The files of a praktijkopdracht are deleted this many months after it is *afgerond*; the deelnemer sees the date.", false},
	{"LEERGANG_UPLOAD_EXPIRY", "24h", "An upload that is not finished this long after it started is deleted; so is a rejected one. A finished file that no submission uses is deleted after 7 days.", false},
	{"LEERGANG_S3_BUCKET", "(empty)", "Keep uploaded files in this S3-compatible bucket. Empty: in `$LEERGANG_DATA_DIR/files`.", false},
	{"LEERGANG_S3_ENDPOINT", "(empty)", "URL of an S3-compatible server such as `https://s3.example.nl` (path-style addressing). Empty: Amazon S3.", false},
	{"LEERGANG_S3_REGION", "us-east-1", "Region of the bucket.", false},
	{"LEERGANG_S3_PREFIX", "leergang/", "Prefix of every object key in the bucket.", false},
	{"LEERGANG_S3_ACCESS_KEY_ID", "(empty)", "Access key for the bucket. Empty: the AWS SDK's default credentials (environment, instance role).", false},
	{"LEERGANG_S3_SECRET_ACCESS_KEY", "(empty)", "Secret key for the bucket. `LEERGANG_S3_SECRET_ACCESS_KEY_FILE` reads it from a file.", true},
	{"LEERGANG_PPROF", "(empty)", "Debugging: serve Go's pprof profiles on this loopback address, such as `127.0.0.1:6060`. Empty: off. Never on a public address.", false},
}

// ConfigError names the variable at fault, so start-up fails with one clear line.
type ConfigError struct{ Var, Problem string }

func (e *ConfigError) Error() string { return "configuration: " + e.Var + " " + e.Problem }

// LoadConfig reads and validates the configuration from getenv.
func LoadConfig(getenv func(string) string) (*Config, error) {
	get := func(name string) string {
		if v := getenv(name); v != "" {
			return strings.TrimSpace(v)
		}
		for _, cv := range configVars {
			if cv.Name == name && !strings.HasPrefix(cv.Default, "(") {
				return cv.Default
			}
		}
		return ""
	}
	c := &Config{}
	var err error
	c.Env = get("LEERGANG_ENV")
	if c.Env != "development" && c.Env != "production" {
		return nil, &ConfigError{"LEERGANG_ENV", fmt.Sprintf("must be development or production, not %q", c.Env)}
	}
	c.Addr = get("LEERGANG_ADDR")
	if _, port, err := net.SplitHostPort(c.Addr); err != nil || port == "" {
		return nil, &ConfigError{"LEERGANG_ADDR", fmt.Sprintf("must be host:port such as :8080, not %q", c.Addr)}
	}
	c.BaseURL = strings.TrimRight(get("LEERGANG_BASE_URL"), "/")
	if u, err := url.Parse(c.BaseURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.Path != "" {
		return nil, &ConfigError{"LEERGANG_BASE_URL", fmt.Sprintf("must be an http(s) URL without a path, such as https://leergang.example.nl, not %q", c.BaseURL)}
	}
	if c.DatabaseURL, err = secret(getenv, "DATABASE_URL"); err != nil {
		return nil, err
	}
	if c.DatabaseURL != "" {
		if u, err := url.Parse(c.DatabaseURL); err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
			return nil, &ConfigError{"DATABASE_URL", "must be a postgres:// URL"}
		}
	} else if c.Env == "production" {
		return nil, &ConfigError{"DATABASE_URL", "is required in production"}
	}
	c.DataDir = get("LEERGANG_DATA_DIR")
	for _, o := range strings.Split(get("LEERGANG_ALLOWED_ORIGINS"), ",") {
		if o = strings.TrimRight(strings.TrimSpace(o), "/"); o == "" {
			continue
		}
		if u, err := url.Parse(o); err != nil || u.Host == "" || u.Path != "" || (u.Scheme != "http" && u.Scheme != "https") {
			return nil, &ConfigError{"LEERGANG_ALLOWED_ORIGINS", fmt.Sprintf("has %q, which is not an origin like https://app.example.nl", o)}
		}
		c.AllowedOrigins = append(c.AllowedOrigins, o)
	}
	if c.SessionIdle, err = duration(get, "LEERGANG_SESSION_IDLE_TIMEOUT"); err != nil {
		return nil, err
	}
	if c.SessionMax, err = duration(get, "LEERGANG_SESSION_MAX_AGE"); err != nil {
		return nil, err
	}
	if c.SessionMax < c.SessionIdle {
		return nil, &ConfigError{"LEERGANG_SESSION_MAX_AGE", "must not be shorter than LEERGANG_SESSION_IDLE_TIMEOUT"}
	}
	if c.DemoData, err = strconv.ParseBool(get("LEERGANG_DEMO_DATA")); err != nil {
		return nil, &ConfigError{"LEERGANG_DEMO_DATA", "must be true or false"}
	}
	if c.DBMaxConns, err = strconv.Atoi(get("LEERGANG_DB_MAX_CONNS")); err != nil || c.DBMaxConns < 1 || c.DBMaxConns > 1000 {
		return nil, &ConfigError{"LEERGANG_DB_MAX_CONNS", "must be a whole number from 1 to 1000"}
	}
	if err := c.LogLevel.UnmarshalText([]byte(get("LEERGANG_LOG_LEVEL"))); err != nil {
		return nil, &ConfigError{"LEERGANG_LOG_LEVEL", "must be debug, info, warn or error"}
	}
	if c.LogFormat = get("LEERGANG_LOG_FORMAT"); c.LogFormat != "text" && c.LogFormat != "json" {
		return nil, &ConfigError{"LEERGANG_LOG_FORMAT", "must be text or json"}
	}
	if c.SMTPURL, err = secret(getenv, "LEERGANG_SMTP_URL"); err != nil {
		return nil, err
	}
	if c.SMTPURL != "" {
		u, err := url.Parse(c.SMTPURL)
		if err != nil || (u.Scheme != "smtp" && u.Scheme != "smtps") || u.Hostname() == "" || u.Port() == "" {
			return nil, &ConfigError{"LEERGANG_SMTP_URL", "must look like smtp://user:password@host:587 or smtps://host:465"}
		}
	}
	c.MailFrom = get("LEERGANG_MAIL_FROM")
	if _, err := mail.ParseAddress(c.MailFrom); err != nil {
		return nil, &ConfigError{"LEERGANG_MAIL_FROM", "must be an address such as Leergang <noreply@dewegwijzer.nl>"}
	}
	if err := c.loadFileConfig(get, getenv); err != nil {
		return nil, err
	}
	if c.PprofAddr = get("LEERGANG_PPROF"); c.PprofAddr != "" {
		host, port, err := net.SplitHostPort(c.PprofAddr)
		if ip := net.ParseIP(host); err != nil || port == "" || !(host == "localhost" || (ip != nil && ip.IsLoopback())) {
			return nil, &ConfigError{"LEERGANG_PPROF", fmt.Sprintf("must be a loopback host:port such as 127.0.0.1:6060, not %q", c.PprofAddr)}
		}
	}
	return c, nil
}

func duration(get func(string) string, name string) (time.Duration, error) {
	d, err := time.ParseDuration(get(name))
	if err != nil || d < time.Minute {
		return 0, &ConfigError{name, "must be a duration of at least a minute, such as 30m or 8h"}
	}
	return d, nil
}

// secret reads NAME, or the file named by NAME_FILE; setting both is an error.
func secret(getenv func(string) string, name string) (string, error) {
	v, file := strings.TrimSpace(getenv(name)), strings.TrimSpace(getenv(name+"_FILE"))
	switch {
	case v != "" && file != "":
		return "", &ConfigError{name, "and " + name + "_FILE are both set; set one"}
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			return "", &ConfigError{name + "_FILE", "cannot be read: " + errors.Unwrap(err).Error()}
		}
		return strings.TrimSpace(string(b)), nil
	}
	return v, nil
}

// SecureCookies is true unless the site runs on this machine over plain HTTP.
func (c *Config) SecureCookies() bool {
	u, _ := url.Parse(c.BaseURL)
	host := u.Hostname()
	return !(host == "localhost" || host == "127.0.0.1" || host == "::1")
}

// Origins are the origins that may call the API with credentials.
func (c *Config) Origins() []string { return append([]string{c.BaseURL}, c.AllowedOrigins...) }
