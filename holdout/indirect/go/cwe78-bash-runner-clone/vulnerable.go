package ci

import (
	"fmt"
	"os/exec"
)

type Runner struct{ Workspace string }

func (r Runner) script(lines ...string) error {
	for _, l := range lines {
		if out, err := exec.Command("bash", "-c", l).CombinedOutput(); err != nil {
			return fmt.Errorf("%s: %v: %s", l, err, out)
		}
	}
	return nil
}

// Checkout clones the repository URL and branch given in a pipeline definition.
func (r Runner) Checkout(repoURL, branch string) error {
	return r.script(
		"rm -rf "+r.Workspace+"/src",
		"git clone --depth 1 --branch "+branch+" "+repoURL+" "+r.Workspace+"/src",
	)
}
