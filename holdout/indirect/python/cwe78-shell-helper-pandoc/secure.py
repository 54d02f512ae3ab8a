import subprocess
from pathlib import Path

FORMATS = {"pdf", "docx", "html", "epub"}


def run(argv: list[str], cwd: Path) -> str:
    result = subprocess.run(argv, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(result.stderr.strip())
    return result.stdout


class DocumentConverter:
    def __init__(self, workdir: Path):
        self.workdir = workdir

    def convert(self, source_name: str, target_format: str) -> Path:
        if target_format not in FORMATS:
            raise ValueError(f"unsupported format {target_format!r}")
        source = self.workdir / Path(source_name).name
        target = self.workdir / (source.stem + "." + target_format)
        run(["pandoc", str(source), "-o", str(target)], cwd=self.workdir)
        return target
