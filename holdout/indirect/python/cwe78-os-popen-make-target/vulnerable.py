import os


class BuildAgent:
    """Runs build targets requested by the CI coordinator."""

    def __init__(self, checkout_dir: str):
        self.checkout_dir = checkout_dir

    def build(self, target: str, jobs: int = 4) -> str:
        stream = os.popen("make -C %s -j%d %s 2>&1" % (self.checkout_dir, jobs, target))
        output = stream.read()
        if stream.close() is not None:
            raise RuntimeError(f"build of {target} failed:\n{output}")
        return output
