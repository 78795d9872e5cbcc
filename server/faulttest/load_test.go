//go:build faults

package faulttest

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// A small closed-loop load generator: each worker sends one operation after
// the other and classifies every answer. The only acceptable failure is the
// retryable UNAVAILABLE error, whatever layer of the server gave it.

const unavailableMessage = "De server is even niet bereikbaar; probeer het zo opnieuw."

// attempt is one operation a worker sends; tag names what it writes, so the
// checks afterwards can find it in the database.
type attempt struct {
	tag   string
	query string
	vars  map[string]any
}

// outcome is what became of one attempt.
type outcome struct {
	tag         string
	ok          bool
	unavailable bool
	// viaResolver: the UNAVAILABLE came from the GraphQL error presenter
	// (HTTP 200) rather than from the session middleware (HTTP 503).
	viaResolver bool
	at          time.Time
}

// worker runs attempts from next on its own client until stopped.
type worker struct {
	name   string
	client func() *client // the client for the next attempt
	next   func(i int) attempt

	mu       sync.Mutex
	outcomes []outcome
	bad      []string // answers that are not acceptable, with why
	ok       atomic.Int64
	unavail  atomic.Int64
}

func (w *worker) run(ctx context.Context) {
	for i := 0; ctx.Err() == nil; i++ {
		a := w.next(i)
		// A request still running when the test stops the load is not cut
		// off: its answer is classified like any other.
		res, err := w.client().gql(context.WithoutCancel(ctx), a.query, a.vars)
		o := outcome{tag: a.tag, at: time.Now()}
		switch why := classify(res, err); {
		case why == "":
			o.ok = len(res.Errors) == 0
			o.unavailable = !o.ok
			o.viaResolver = o.unavailable && res.Status == http.StatusOK
		default:
			w.mu.Lock()
			w.bad = append(w.bad, fmt.Sprintf("%s #%d: %s", w.name, i, why))
			w.mu.Unlock()
		}
		if o.ok {
			w.ok.Add(1)
		} else if o.unavailable {
			w.unavail.Add(1)
		}
		w.mu.Lock()
		w.outcomes = append(w.outcomes, o)
		w.mu.Unlock()
	}
}

// classify returns "" for a success or a well-formed UNAVAILABLE error, and
// otherwise why the answer is not acceptable.
func classify(res gqlResult, err error) string {
	if err != nil {
		return err.Error() // transport failure or a body that is not GraphQL JSON
	}
	if len(res.Errors) == 0 {
		if res.Status != http.StatusOK {
			return fmt.Sprintf("HTTP %d without errors: %s", res.Status, res.Body)
		}
		return ""
	}
	if res.Status != http.StatusOK && res.Status != http.StatusServiceUnavailable {
		return fmt.Sprintf("HTTP %d: %s", res.Status, res.Body)
	}
	for _, e := range res.Errors {
		if e.Extensions["code"] != "UNAVAILABLE" || e.Extensions["retryable"] != true || e.Message != unavailableMessage {
			return fmt.Sprintf("HTTP %d, not a clean UNAVAILABLE error: %s", res.Status, res.Body)
		}
	}
	return ""
}

// counts returns successes and UNAVAILABLE answers so far.
func (w *worker) counts() (ok, unavailable int64) { return w.ok.Load(), w.unavail.Load() }

// snapshot returns a copy of the outcomes so far.
func (w *worker) snapshot() []outcome {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]outcome(nil), w.outcomes...)
}

func (w *worker) problems() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.bad...)
}
