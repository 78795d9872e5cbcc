package main

import (
	"bufio"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// serverProc is the real bin/leergang, started against a bench database.
type serverProc struct {
	cmd       *exec.Cmd
	baseURL   string
	pprofAddr string
	logPath   string
}

// startServer runs bin with databaseURL on a free loopback port, in production
// mode without demo data, and waits until /healthz answers.
func startServer(ctx context.Context, bin, databaseURL, dataDir string, pprof bool) (*serverProc, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	p := &serverProc{baseURL: fmt.Sprintf("http://127.0.0.1:%d", port), logPath: filepath.Join(dataDir, "server.log")}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return nil, err
	}
	logFile, err := os.Create(p.logPath)
	if err != nil {
		return nil, err
	}
	env := append(os.Environ(),
		"LEERGANG_ENV=production",
		"DATABASE_URL="+databaseURL,
		fmt.Sprintf("LEERGANG_ADDR=127.0.0.1:%d", port),
		"LEERGANG_BASE_URL="+p.baseURL,
		"LEERGANG_DATA_DIR="+dataDir,
		"LEERGANG_DEMO_DATA=false",
	)
	if pprof {
		pp, err := freePort()
		if err != nil {
			return nil, err
		}
		p.pprofAddr = fmt.Sprintf("127.0.0.1:%d", pp)
		env = append(env, "LEERGANG_PPROF="+p.pprofAddr)
	}
	p.cmd = exec.Command(bin)
	p.cmd.Env = env
	p.cmd.Stdout, p.cmd.Stderr = logFile, logFile
	p.cmd.SysProcAttr = childAttr()
	if err := p.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w (run make build first)", bin, err)
	}
	deadline := time.Now().Add(90 * time.Second)
	for time.Now().Before(deadline) {
		if ctx.Err() != nil {
			p.stop()
			return nil, ctx.Err()
		}
		resp, err := http.Get(p.baseURL + "/healthz")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return p, nil
			}
		}
		if p.cmd.ProcessState != nil {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	p.stop()
	return nil, fmt.Errorf("the server did not become healthy; see %s", p.logPath)
}

// stop ends the server with SIGTERM (graceful) and waits for it.
func (p *serverProc) stop() {
	if p.cmd == nil || p.cmd.Process == nil {
		return
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { _ = p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		_ = p.cmd.Process.Kill()
		<-done
	}
}

// resetPeakRSS clears the kernel's peak-RSS mark of the server (VmHWM), so the
// next reading is the peak of one step only.
func (p *serverProc) resetPeakRSS() error {
	return os.WriteFile(fmt.Sprintf("/proc/%d/clear_refs", p.cmd.Process.Pid), []byte("5"), 0)
}

// peakRSS reads VmHWM, the server's peak resident memory, in bytes.
func (p *serverProc) peakRSS() (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", p.cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			return kb * 1024, err
		}
	}
	return 0, fmt.Errorf("no VmHWM in /proc/%d/status", p.cmd.Process.Pid)
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}
