//go:build !no_ui

// Package frontend embeds the built single-page app (frontend/dist) in the binary.
package frontend

import (
	"embed"
	"io/fs"
)

//go:embed all:dist
var dist embed.FS

// Dist returns the built app; index.html is at its root.
func Dist() fs.FS {
	sub, err := fs.Sub(dist, "dist")
	if err != nil {
		panic(err)
	}
	return sub
}

// Embedded is false in a backend-only build.
const Embedded = true
