package support

import (
	"context"
	"errors"
	"os/exec"
	"regexp"
	"time"
)

var (
	hostName    = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$`)
	serviceName = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,40}$`)
)

// TailLog returns the last lines of a service log on a fleet host, for the support console.
func TailLog(ctx context.Context, host, service string) ([]byte, error) {
	if !hostName.MatchString(host) || !serviceName.MatchString(service) {
		return nil, errors.New("bad host or service name")
	}
	ctx, cancel := context.WithTimeout(ctx, 15*time.Second)
	defer cancel()
	return exec.CommandContext(ctx, "ssh", "-o", "BatchMode=yes", host,
		"tail", "-n", "200", "/var/log/"+service+".log").Output()
}
