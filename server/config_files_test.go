package main

import (
	"strings"
	"testing"
)

func TestFileConfig(t *testing.T) {
	c, err := LoadConfig(func(string) string { return "" })
	if err != nil {
		t.Fatal(err)
	}
	if c.MaxVideoSize != 4<<30 || c.MaxFileSize != 50<<20 || c.FileRetention != 12 || c.S3Bucket != "" {
		t.Fatalf("file defaults: %+v", c)
	}
	env := map[string]string{"LEERGANG_MAX_VIDEO_SIZE": "512 MB", "LEERGANG_MAX_FILE_SIZE": "1048576", "LEERGANG_S3_BUCKET": "leergang",
		"LEERGANG_S3_ENDPOINT": "https://s3.example.nl/", "LEERGANG_S3_ACCESS_KEY_ID": "id", "LEERGANG_S3_SECRET_ACCESS_KEY": "geheim"}
	if c, err = LoadConfig(func(k string) string { return env[k] }); err != nil || c.MaxVideoSize != 512<<20 || c.MaxFileSize != 1<<20 ||
		c.S3Endpoint != "https://s3.example.nl" || c.S3SecretKey != "geheim" {
		t.Fatalf("file settings: %v %+v", err, c)
	}
	bad := map[string]map[string]string{
		"LEERGANG_MAX_VIDEO_SIZE":        {"LEERGANG_MAX_VIDEO_SIZE": "veel"},
		"LEERGANG_MAX_FILE_SIZE":         {"LEERGANG_MAX_FILE_SIZE": "0"},
		"LEERGANG_FILE_RETENTION_MONTHS": {"LEERGANG_FILE_RETENTION_MONTHS": "0"},
		"LEERGANG_UPLOAD_EXPIRY":         {"LEERGANG_UPLOAD_EXPIRY": "morgen"},
		"LEERGANG_S3_ENDPOINT":           {"LEERGANG_S3_BUCKET": "b", "LEERGANG_S3_ENDPOINT": "s3.example.nl"},
		"LEERGANG_S3_BUCKET":             {"LEERGANG_S3_ENDPOINT": "https://s3.example.nl"},
		"LEERGANG_S3_SECRET_ACCESS_KEY":  {"LEERGANG_S3_BUCKET": "b", "LEERGANG_S3_ACCESS_KEY_ID": "id"},
	}
	for name, env := range bad {
		_, err := LoadConfig(func(k string) string { return env[k] })
		if err == nil || !strings.Contains(err.Error(), name) {
			t.Errorf("%v: error %v must name %s", env, err, name)
		}
	}
}
