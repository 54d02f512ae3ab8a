import subprocess
from pathlib import Path


def sh(command: str) -> str:
    result = subprocess.run(command, shell=True, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip())
    return result.stdout


class DocumentConverter:
    def __init__(self, workdir: Path):
        self.workdir = workdir

    def convert(self, source_name: str, target_format: str) -> Path:
        target = self.workdir / (Path(source_name).stem + "." + target_format)
        sh("cd %s && pandoc %s -o %s" % (self.workdir, source_name, target))
        return target
