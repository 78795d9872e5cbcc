//go:build no_ui

package frontend

import (
	"io/fs"
	"testing/fstest"
)

// Dist is empty in a backend-only build (go build -tags no_ui).
func Dist() fs.FS { return fstest.MapFS{} }

const Embedded = false
