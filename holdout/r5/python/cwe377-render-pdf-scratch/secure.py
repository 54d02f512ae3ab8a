"""
Render an HTML report to PDF with wkhtmltopdf and return the PDF bytes.
The HTML is written to a scratch file first because the tool reads from disk.
"""
import os
import html
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


def invoice_html(number: str, lines: list) -> str:
    rows = "".join(
        f"<tr><td>{html.escape(d)}</td><td>{q}</td><td>{p:.2f}</td></tr>" for d, q, p in lines
    )
    return f"<h1>Invoice {html.escape(number)}</h1><table>{rows}</table>"


def invoice_pdf(number: str, lines: list) -> bytes:
    return html_to_pdf(invoice_html(number, lines))


if __name__ == "__main__":
    pdf = invoice_pdf("A-1", [("Widget", 2, 9.5)])
    print(len(pdf), "bytes")
