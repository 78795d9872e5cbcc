package localpg

import "syscall"

// setDeathSignal asks the kernel to send the postmaster SIGINT (fast
// shutdown) when the process that started it dies without calling Stop.
func setDeathSignal(attr *syscall.SysProcAttr) {
	attr.Pdeathsig = syscall.SIGINT
}
