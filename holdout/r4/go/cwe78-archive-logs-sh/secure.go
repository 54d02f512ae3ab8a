package logs

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"time"
)

var appName = regexp.MustCompile(`^[a-z0-9][a-z0-9_-]{0,63}$`)

// ArchiveService compresses an application's log directory for download.
type ArchiveService struct {
	LogRoot string
	OutDir  string
}

// Archive creates a .tar.gz of the logs of `app` and returns its path.
func (s *ArchiveService) Archive(app string) (string, error) {
	if !appName.MatchString(app) {
		return "", fmt.Errorf("invalid application name %q", app)
	}
	out := filepath.Join(s.OutDir, fmt.Sprintf("%s-%d.tar.gz", app, time.Now().Unix()))
	cmd := exec.Command("tar", "-czf", out, "-C", s.LogRoot, "--", app)
	if output, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("tar failed: %v: %s", err, output)
	}
	return out, nil
}
