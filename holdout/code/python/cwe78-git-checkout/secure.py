import os
import re
import logging
import subprocess

log = logging.getLogger(__name__)

BRANCH_NAME = re.compile(r"[A-Za-z0-9._/-]{1,100}")


class Workspace:
    def __init__(self, root: str):
        self.root = root

    def checkout(self, branch: str) -> bool:
        """Switch the working copy to the given branch name."""
        if not BRANCH_NAME.fullmatch(branch) or branch.startswith("-"):
            raise ValueError(f"bad branch name: {branch!r}")
        log.debug("checking out %s in %s", branch, self.root)
        fetch = subprocess.run(["git", "-C", self.root, "fetch", "origin"])
        if fetch.returncode != 0:
            return False
        result = subprocess.run(["git", "-C", self.root, "checkout", branch, "--"])
        return result.returncode == 0

    def current_branch(self) -> str:
        with open(os.path.join(self.root, ".git", "HEAD")) as fh:
            ref = fh.read().strip()
        return ref.rsplit("/", 1)[-1]
