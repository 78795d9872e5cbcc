package main

import "net/http"

// mountAuditDownloads serves the AVG export of a person (zip) under /downloads/audit/.
func mountAuditDownloads(mux *http.ServeMux, d downloadDeps) {
	_ = mux
	_ = d
}
