package main

import (
	"log/slog"

	"github.com/uptrace/bun"

	"leergang/db/blob"
)

// downloadDeps is what the download handlers of every area need.
type downloadDeps struct {
	DB      *bun.DB
	Log     *slog.Logger
	BaseURL string
	Store   blob.Store
}
