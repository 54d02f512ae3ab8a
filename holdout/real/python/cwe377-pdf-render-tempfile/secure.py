"""Renders invoices to PDF by way of wkhtmltopdf."""
import logging
import os
import subprocess
import tempfile

from jinja2 import Environment, PackageLoader

log = logging.getLogger(__name__)
env = Environment(loader=PackageLoader("billing", "templates"), autoescape=True)
WKHTMLTOPDF = "/usr/bin/wkhtmltopdf"


def render_html(invoice: dict) -> str:
    return env.get_template("invoice.html").render(invoice=invoice)


def html_to_pdf(html: str) -> bytes:
    """Write the HTML to a scratch file, convert it, and return the PDF bytes."""
    fd, src = tempfile.mkstemp(suffix=".html")
    dst = src[:-5] + ".pdf"
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(html)
    try:
        subprocess.run([WKHTMLTOPDF, "--quiet", src, dst], check=True, timeout=60)
        with open(dst, "rb") as fh:
            return fh.read()
    finally:
        for path in (src, dst):
            try:
                os.unlink(path)
            except FileNotFoundError:
                pass


def invoice_pdf(invoice: dict) -> bytes:
    pdf = html_to_pdf(render_html(invoice))
    log.info("invoice %s rendered (%d bytes)", invoice.get("number"), len(pdf))
    return pdf


def save(invoice: dict, out_dir: str) -> str:
    path = os.path.join(out_dir, f"{invoice['number']}.pdf")
    with open(path, "wb") as fh:
        fh.write(invoice_pdf(invoice))
    return path
