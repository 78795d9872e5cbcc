package demo

import (
	"context"

	"github.com/uptrace/bun"
)

// loadMentoring adds maatje pairings with their log, and intervisie groups.
func loadMentoring(ctx context.Context, idb bun.IDB, w *world) error {
	return nil
}
