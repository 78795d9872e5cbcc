package demo

import (
	"context"

	"github.com/uptrace/bun"
)

// loadGrowth adds the framework of each leergang, scan moments, scans and leervragen.
func loadGrowth(ctx context.Context, idb bun.IDB, w *world) error {
	return nil
}
