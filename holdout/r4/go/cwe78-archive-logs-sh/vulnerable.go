package logs

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"time"
)

// ArchiveService compresses an application's log directory for download.
type ArchiveService struct {
	LogRoot string
	OutDir  string
}

// Archive creates a .tar.gz of the logs of `app` and returns its path.
func (s *ArchiveService) Archive(app string) (string, error) {
	out := filepath.Join(s.OutDir, fmt.Sprintf("%s-%d.tar.gz", app, time.Now().Unix()))
	script := fmt.Sprintf("tar -czf %s -C %s %s", out, s.LogRoot, app)
	cmd := exec.Command("sh", "-c", script)
	if output, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("tar failed: %v: %s", err, output)
	}
	return out, nil
}
