// Package faulttest holds the fault tests of the server: they build the real
// binary, run it as a subprocess against a PostgreSQL cluster the tests own,
// and break things on purpose (restart the database, SIGKILL the server in
// the middle of an upload, run two instances on one database and file store,
// send SIGTERM during a request).
//
// The tests only build with the faults tag; run them with `make faults` or
//
//	go test -tags faults -count=1 ./server/faulttest/
//
// LEERGANG_FAULT_BIN names a prebuilt server binary (make faults builds one
// with -tags no_ui); without it the tests build their own.
package faulttest
