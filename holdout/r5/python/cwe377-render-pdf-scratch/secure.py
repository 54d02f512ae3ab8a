"""
Render an HTML report to PDF with wkhtmltopdf and return the PDF bytes.
The HTML is written to a scratch file first because the tool reads from disk.
"""
import os
import subprocess
import tempfile


def html_to_pdf(html: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="report-") as work:
        src = os.path.join(work, "report.html")
        out = os.path.join(work, "report.pdf")
        with open(src, "w", encoding="utf-8") as fh:
            fh.write(html)
        subprocess.run(["wkhtmltopdf", "--quiet", src, out], check=True)
        with open(out, "rb") as fh:
            return fh.read()
