import os
import subprocess
import tempfile


def render_pdf(markdown_text: str) -> bytes:
    """Convert a Markdown report to PDF with pandoc and return the PDF bytes."""
    # A private directory created atomically holds both files
    with tempfile.TemporaryDirectory(prefix="report-") as workdir:
        source_path = os.path.join(workdir, "report.md")
        output_path = os.path.join(workdir, "report.pdf")
        with open(source_path, "w", encoding="utf-8") as fh:
            fh.write(markdown_text)
        subprocess.run(["pandoc", source_path, "-o", output_path], check=True)
        with open(output_path, "rb") as fh:
            return fh.read()
