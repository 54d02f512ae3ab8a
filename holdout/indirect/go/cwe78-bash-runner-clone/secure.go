package ci

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

type Runner struct{ Workspace string }

func (r Runner) run(name string, args ...string) error {
	if out, err := exec.Command(name, args...).CombinedOutput(); err != nil {
		return fmt.Errorf("%s: %v: %s", name, err, out)
	}
	return nil
}

// Checkout clones the repository URL and branch given in a pipeline definition.
func (r Runner) Checkout(repoURL, branch string) error {
	if strings.HasPrefix(repoURL, "-") || strings.HasPrefix(branch, "-") {
		return fmt.Errorf("bad repository or branch")
	}
	src := filepath.Join(r.Workspace, "src")
	if err := os.RemoveAll(src); err != nil {
		return err
	}
	return r.run("git", "clone", "--depth", "1", "--branch", branch, "--", repoURL, src)
}
