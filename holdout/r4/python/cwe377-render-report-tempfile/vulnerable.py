import os
import subprocess
import tempfile


def render_pdf(markdown_text: str) -> bytes:
    """Convert a Markdown report to PDF with pandoc and return the PDF bytes."""
    source_path = tempfile.mktemp(suffix=".md")
    output_path = source_path.replace(".md", ".pdf")
    with open(source_path, "w", encoding="utf-8") as fh:
        fh.write(markdown_text)
    try:
        subprocess.run(["pandoc", source_path, "-o", output_path], check=True)
        with open(output_path, "rb") as fh:
            return fh.read()
    finally:
        for path in (source_path, output_path):
            if os.path.exists(path):
                os.remove(path)
