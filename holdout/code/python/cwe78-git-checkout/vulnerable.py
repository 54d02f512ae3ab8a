import os
import logging

log = logging.getLogger(__name__)


class Workspace:
    def __init__(self, root: str):
        self.root = root

    def checkout(self, branch: str) -> bool:
        """Switch the working copy to the given branch name."""
        log.debug("checking out %s in %s", branch, self.root)
        status = os.system("cd %s && git fetch origin && git checkout %s" % (self.root, branch))
        return status == 0

    def current_branch(self) -> str:
        with open(os.path.join(self.root, ".git", "HEAD")) as fh:
            ref = fh.read().strip()
        return ref.rsplit("/", 1)[-1]
