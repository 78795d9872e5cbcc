package main

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"sync"
	"time"

	tusd "github.com/tus/tusd/v2/pkg/handler"
)

// pgLocker is tusd's upload lock as a PostgreSQL advisory lock, so every
// server on one database shares it: two PATCH requests for one upload never
// write at the same time, whichever copies they reach. The folder store keeps
// tusd's lock files in the shared folder instead (safe for servers on one
// host: a lock file names its owner by process id); S3 has no such place.
//
// A lock is a session-level advisory lock, held on one pool connection that
// the lock keeps to itself from Lock to Unlock. Its key is a 64-bit FNV-1a
// hash of the upload id in a namespace of its own (advisoryKey); two ids
// with the same hash only take turns, which is harmless.
//
// Waiting. Lock tries pg_try_advisory_lock with a short backoff until tusd's
// context ends (AcquireLockTimeout, 20 s by default), then answers
// tusd.ErrLockTimeout (500, which the SPA's tus client retries).
//
// Asking the holder to let go. tusd expects a waiting request to make the
// holder stop (a client that lost its connection resumes with HEAD while the
// server still reads its old PATCH, which could take a minute to notice).
// The waiter holds a shared advisory lock on the upload's second key
// (releaseKey) while it waits; the holder checks every holderPoll on its own,
// otherwise idle, connection whether anyone holds that key and if so calls
// tusd's requestRelease, which ends its PATCH with what it has stored. The
// same check notices a lost connection: the lock died with the session, so
// the holder stops writing too. No LISTEN connection, no extra table.
//
// Bounding connections. Each lock, held or being waited for, pins one pool
// connection, and a server has at most half its pool in locks (slots); a
// request beyond that waits for a free slot within the same timeout. So
// GraphQL and tusd's own hooks, which run while the lock is held and need a
// connection of their own, always have the other half. With the SPA's 8 MB
// chunks a PATCH holds its lock for seconds, so the default pool of 20 lets
// each server write 10 uploads at once; raise LEERGANG_DB_MAX_CONNS for more.
//
// It needs real sessions: not behind PgBouncer in transaction mode.
type pgLocker struct {
	db    *sql.DB
	slots chan struct{} // one per connection held for a lock
	log   *slog.Logger
	// wrapErr, when set, turns a database error from Lock into the error
	// tusd answers (a 503 while PostgreSQL is unreachable).
	wrapErr func(context.Context, error) error

	holderPoll   time.Duration // how often a holder looks for waiters and checks its connection
	retryMin     time.Duration // first pause of a waiter between attempts, doubling ...
	retryMax     time.Duration // ... up to this
	queryTimeout time.Duration // for the statements that do not run under the caller's context
}

// newPGLocker locks on connections of pool, which has poolSize connections
// (LEERGANG_DB_MAX_CONNS); locks take at most half of them.
func newPGLocker(pool *sql.DB, poolSize int, log *slog.Logger) (*pgLocker, error) {
	if poolSize < 2 {
		// A lock would take the only connection, and the hooks tusd runs
		// under the lock (recording a finished upload) would wait for it forever.
		return nil, fmt.Errorf("tus locks in PostgreSQL need LEERGANG_DB_MAX_CONNS of at least 2, not %d", poolSize)
	}
	return &pgLocker{
		db:           pool,
		slots:        make(chan struct{}, poolSize/2),
		log:          log,
		holderPoll:   time.Second,
		retryMin:     20 * time.Millisecond,
		retryMax:     500 * time.Millisecond,
		queryTimeout: 5 * time.Second,
	}, nil
}

// UseIn makes l the composer's locker, in place of the one the store brought.
func (l *pgLocker) UseIn(c *tusd.StoreComposer) { c.UseLocker(l) }

const (
	lockNamespace    = "leergang/tus/lock\x00"
	releaseNamespace = "leergang/tus/release\x00"
)

// advisoryKey is the bigint key of id in namespace: stable across servers
// and versions (FNV-1a is fixed), unlike a hash seeded per process.
func advisoryKey(namespace, id string) int64 {
	h := fnv.New64a()
	_, _ = h.Write([]byte(namespace))
	_, _ = h.Write([]byte(id))
	return int64(h.Sum64())
}

func (l *pgLocker) NewLock(id string) (tusd.Lock, error) {
	return &pgLock{l: l, id: id, key: advisoryKey(lockNamespace, id), releaseKey: advisoryKey(releaseNamespace, id)}, nil
}

// pgLock is one request's lock on one upload. tusd uses it from one
// goroutine: Lock, then Unlock once.
type pgLock struct {
	l               *pgLocker
	id              string
	key, releaseKey int64

	conn *sql.Conn     // while held
	stop chan struct{} // closed by Unlock to end watch
	done chan struct{} // closed by watch when it ended
	lost error         // why watch gave up on the connection; read after done
}

func (k *pgLock) Lock(ctx context.Context, requestRelease func()) error {
	if k.conn != nil {
		return fmt.Errorf("tus lock %s: already locked", k.id)
	}
	select {
	case k.l.slots <- struct{}{}:
	case <-ctx.Done():
		return tusd.ErrLockTimeout
	}
	conn, err := k.acquire(ctx)
	if err != nil {
		<-k.l.slots
		return err
	}
	if requestRelease == nil {
		requestRelease = func() {}
	}
	k.conn, k.stop, k.done, k.lost = conn, make(chan struct{}), make(chan struct{}), nil
	go k.watch(conn, sync.OnceFunc(requestRelease))
	return nil
}

// acquire returns a connection whose session holds the lock.
func (k *pgLock) acquire(ctx context.Context) (*sql.Conn, error) {
	conn, err := k.l.db.Conn(ctx)
	if err != nil {
		return nil, k.fail(ctx, err)
	}
	asked := false // this session holds the shared lock on releaseKey
	pause := k.l.retryMin
	for {
		var got bool
		if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock($1)", k.key).Scan(&got); err != nil {
			// Whatever the server did, the lock dies with the discarded session.
			discard(conn)
			return nil, k.fail(ctx, err)
		}
		if got {
			if asked {
				// Withdraw the request, or this holder would ask itself to let go.
				if err := k.unlock(conn, "SELECT pg_advisory_unlock_shared($1)", k.releaseKey); err != nil {
					return nil, k.fail(ctx, err)
				}
			}
			return conn, nil
		}
		if !asked {
			// Ask the holder, on whichever server, to let go. A false answer
			// means a holder is just checking; the next round asks again.
			if err := conn.QueryRowContext(ctx, "SELECT pg_try_advisory_lock_shared($1)", k.releaseKey).Scan(&asked); err != nil {
				discard(conn)
				return nil, k.fail(ctx, err)
			}
		}
		select {
		case <-ctx.Done():
			k.giveBack(conn) // without the request
			return nil, tusd.ErrLockTimeout
		case <-time.After(pause):
		}
		pause = min(2*pause, k.l.retryMax)
	}
}

// unlock runs an unlock statement that answers true, outside the caller's
// context (a lock must be let go also when the request has ended). On any
// other outcome it discards the connection, so that its session ends and
// with it every advisory lock the session held.
func (k *pgLock) unlock(conn *sql.Conn, query string, key int64) error {
	ctx, cancel := context.WithTimeout(context.Background(), k.l.queryTimeout)
	defer cancel()
	var ok bool
	err := conn.QueryRowContext(ctx, query, key).Scan(&ok)
	if err == nil && !ok {
		err = errors.New("PostgreSQL did not hold the lock")
	}
	if err != nil {
		discard(conn)
	}
	return err
}

// giveBack returns a connection to the pool without any advisory lock, or
// discards it.
func (k *pgLock) giveBack(conn *sql.Conn) {
	ctx, cancel := context.WithTimeout(context.Background(), k.l.queryTimeout)
	defer cancel()
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_unlock_all()"); err != nil {
		discard(conn)
		return
	}
	_ = conn.Close()
}

// watch runs while the lock is held: it asks tusd to end the request when
// another request waits for the upload, or when the connection fails (its
// session, and with it the lock, may be gone, so this request must stop
// writing).
func (k *pgLock) watch(conn *sql.Conn, requestRelease func()) {
	defer close(k.done)
	t := time.NewTicker(k.l.holderPoll)
	defer t.Stop()
	for {
		select {
		case <-k.stop:
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), k.l.queryTimeout)
		// Someone holds releaseKey (shared) exactly when the exclusive try fails.
		var waiting bool
		err := conn.QueryRowContext(ctx,
			"SELECT CASE WHEN pg_try_advisory_lock($1) THEN NOT pg_advisory_unlock($1) ELSE true END", k.releaseKey).Scan(&waiting)
		cancel()
		if err != nil {
			k.lost = err
			requestRelease()
			return
		}
		if waiting {
			requestRelease()
		}
	}
}

// Unlock releases the lock and gives its connection back to the pool. If
// the connection was lost while the lock was held, PostgreSQL has released
// the lock already: Unlock discards the connection and says so (tusd ignores
// the error, so it is logged here too).
func (k *pgLock) Unlock() error {
	conn := k.conn
	if conn == nil {
		return nil
	}
	k.conn = nil
	close(k.stop)
	<-k.done
	defer func() { <-k.l.slots }()
	err := k.unlock(conn, "SELECT pg_advisory_unlock($1)", k.key)
	if err == nil {
		return conn.Close()
	}
	if k.lost != nil {
		err = fmt.Errorf("%w (noticed while held: %v)", err, k.lost)
	}
	err = fmt.Errorf("tus lock %s was lost with its database connection: %w", k.id, err)
	k.l.log.Warn("tus upload lock lost", "upload", k.id, "err", err)
	return err
}

// fail answers a failed attempt: a timeout when the caller's context ended,
// the database error otherwise.
func (k *pgLock) fail(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return tusd.ErrLockTimeout
	}
	err = fmt.Errorf("tus lock %s: %w", k.id, err)
	if k.l.wrapErr != nil {
		return k.l.wrapErr(ctx, err)
	}
	return err
}

// discard closes conn's driver connection instead of returning it to the
// pool, so its PostgreSQL session ends and releases its advisory locks.
func discard(conn *sql.Conn) {
	_ = conn.Raw(func(any) error { return driver.ErrBadConn })
	_ = conn.Close()
}
