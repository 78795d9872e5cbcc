package main

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// loadFileConfig reads and validates the settings of uploaded files.
func (c *Config) loadFileConfig(get, getenv func(string) string) error {
	var err error
	if c.MaxVideoSize, err = byteSize(get, "LEERGANG_MAX_VIDEO_SIZE"); err != nil {
		return err
	}
	if c.MaxFileSize, err = byteSize(get, "LEERGANG_MAX_FILE_SIZE"); err != nil {
		return err
	}
	c.FileRetention, err = strconv.Atoi(get("LEERGANG_FILE_RETENTION_MONTHS"))
	if err != nil || c.FileRetention < 1 || c.FileRetention > 120 {
		return &ConfigError{"LEERGANG_FILE_RETENTION_MONTHS", "must be a whole number of months from 1 to 120"}
	}
	if c.UploadExpiry, err = duration(get, "LEERGANG_UPLOAD_EXPIRY"); err != nil {
		return err
	}
	c.S3Bucket, c.S3Endpoint = get("LEERGANG_S3_BUCKET"), strings.TrimRight(get("LEERGANG_S3_ENDPOINT"), "/")
	c.S3Region, c.S3Prefix, c.S3AccessKeyID = get("LEERGANG_S3_REGION"), get("LEERGANG_S3_PREFIX"), get("LEERGANG_S3_ACCESS_KEY_ID")
	if c.S3SecretKey, err = secret(getenv, "LEERGANG_S3_SECRET_ACCESS_KEY"); err != nil {
		return err
	}
	if c.S3Endpoint != "" {
		if u, err := url.Parse(c.S3Endpoint); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return &ConfigError{"LEERGANG_S3_ENDPOINT", fmt.Sprintf("must be an http(s) URL such as https://s3.example.nl, not %q", c.S3Endpoint)}
		}
	}
	if c.S3Bucket == "" && (c.S3Endpoint != "" || c.S3AccessKeyID != "") {
		return &ConfigError{"LEERGANG_S3_BUCKET", "is required when LEERGANG_S3_ENDPOINT or LEERGANG_S3_ACCESS_KEY_ID is set"}
	}
	if (c.S3AccessKeyID == "") != (c.S3SecretKey == "") {
		return &ConfigError{"LEERGANG_S3_SECRET_ACCESS_KEY", "and LEERGANG_S3_ACCESS_KEY_ID must be set together"}
	}
	return nil
}

// byteSize reads a size such as 4GB, 50MB, 512KB or a number of bytes; the
// units are powers of 1024.
func byteSize(get func(string) string, name string) (int64, error) {
	s := strings.ToUpper(strings.ReplaceAll(get(name), " ", ""))
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(s, u.suffix) {
			s, mult = strings.TrimSuffix(s, u.suffix), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 1 || n > (64<<30)/mult {
		return 0, &ConfigError{name, "must be a size from 1 byte to 64GB, such as 4GB or 50MB"}
	}
	return n * mult, nil
}

// uploadExpiryUnattached is how long a finished upload may wait to be used in a submission.
const uploadExpiryUnattached = 7 * 24 * time.Hour
