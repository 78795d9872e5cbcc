//go:build !linux

package localpg

import "syscall"

// setDeathSignal is a no-op where the kernel has no parent-death signal; a
// server left by a crashed caller is stopped by the next Start on its directory.
func setDeathSignal(*syscall.SysProcAttr) {}
