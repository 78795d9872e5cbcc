package main

import "syscall"

// childAttr makes the server die with the bench (it gets SIGTERM when the
// bench process exits without stopping it).
func childAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Pdeathsig: syscall.SIGTERM} }
