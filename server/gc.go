package main

import "runtime/debug"

// Garbage collection defaults for serving, used unless GOGC or GOMEMLIMIT
// are set. The hot pages allocate a few hundred kilobytes per request and keep
// little (a live heap of tens of megabytes), so Go's default GOGC=100 collects
// very often; `make bench` measured 10–15 % more requests per second on the
// month planner and the attendance register with GOGC=400, at about twice the
// resident memory (docs/benchmarks.md). The soft memory limit makes the
// collector work harder again before the heap gets anywhere near a small
// machine's memory.
const (
	serveGCPercent   = 400
	serveMemoryLimit = 512 << 20
)

// tuneGC applies the serving defaults where the environment sets none.
func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(serveGCPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(serveMemoryLimit)
	}
}
