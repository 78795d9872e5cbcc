package loadgen

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"slices"
	"sync"
	"time"
)

// Next builds a worker's next request; rng is the worker's own generator,
// seeded from the run's seed and the worker number, so runs repeat.
type Next func(ctx context.Context, rng *rand.Rand) (*http.Request, error)

// Check decides whether an answer is a success.
type Check func(status int, body []byte) error

// Result is what one closed-loop run measured.
type Result struct {
	Concurrency int
	Requests    int
	Errors      int
	FirstError  string
	Elapsed     time.Duration
	P50, P99    time.Duration
}

// RPS is the throughput: completed requests per second of the run.
func (r Result) RPS() float64 {
	if r.Elapsed <= 0 {
		return 0
	}
	return float64(r.Requests) / r.Elapsed.Seconds()
}

// Run runs concurrency workers in a closed loop (send, wait for the answer,
// send the next) for duration and returns the figures. Every worker stops
// sending at the deadline and finishes its request in flight.
func Run(ctx context.Context, c *http.Client, concurrency int, duration time.Duration, seed uint64, next Next, check Check) Result {
	type workerStats struct {
		latencies []time.Duration
		errors    int
		firstErr  string
	}
	stats := make([]workerStats, concurrency)
	deadline := time.Now().Add(duration)
	start := time.Now()
	var wg sync.WaitGroup
	for w := range concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rng := rand.New(rand.NewPCG(seed, uint64(w)))
			st := &stats[w]
			fail := func(err error) {
				st.errors++
				if st.firstErr == "" {
					st.firstErr = err.Error()
				}
			}
			for time.Now().Before(deadline) && ctx.Err() == nil {
				req, err := next(ctx, rng)
				if err != nil {
					fail(err)
					continue
				}
				t0 := time.Now()
				status, body, err := do(c, req)
				st.latencies = append(st.latencies, time.Since(t0))
				if err == nil {
					err = check(status, body)
				}
				if err != nil {
					fail(err)
				}
			}
		}()
	}
	wg.Wait()
	res := Result{Concurrency: concurrency, Elapsed: time.Since(start)}
	var all []time.Duration
	for _, st := range stats {
		all = append(all, st.latencies...)
		res.Errors += st.errors
		if res.FirstError == "" {
			res.FirstError = st.firstErr
		}
	}
	res.Requests = len(all)
	slices.Sort(all)
	res.P50, res.P99 = Percentile(all, 50), Percentile(all, 99)
	return res
}

func do(c *http.Client, req *http.Request) (int, []byte, error) {
	resp, err := c.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	return resp.StatusCode, body, err
}

// Percentile returns the p-th percentile (nearest rank) of sorted durations.
func Percentile(sorted []time.Duration, p float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	rank := int(p/100*float64(len(sorted))+0.999999) - 1
	return sorted[max(0, min(rank, len(sorted)-1))]
}

// GraphQLOK accepts HTTP 200 without a GraphQL errors list.
func GraphQLOK(status int, body []byte) error {
	if status != http.StatusOK {
		return fmt.Errorf("HTTP %d: %.200s", status, body)
	}
	if HasGraphQLErrors(body) {
		return fmt.Errorf("GraphQL errors: %.300s", body)
	}
	return nil
}

// StatusOK accepts any HTTP 200.
func StatusOK(status int, body []byte) error {
	if status != http.StatusOK {
		return fmt.Errorf("HTTP %d: %.200s", status, body)
	}
	return nil
}
