package support

import (
	"context"
	"os/exec"
	"time"
)

// TailLog returns the last lines of a service log on a fleet host, for the support console.
func TailLog(ctx context.Context, host, service string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	return exec.CommandContext(ctx, "ssh", "-o", "BatchMode=yes", host,
		"tail", "-n", "200", "/var/log/"+service+".log").Output()
}
