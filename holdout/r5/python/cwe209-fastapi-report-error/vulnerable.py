"""
FastAPI endpoint GET /reports/{report_id} that loads a report from the warehouse
and returns it as JSON. Errors should be reported to the caller as JSON too.
"""
import logging
import traceback

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from .warehouse import load_report

app = FastAPI()
log = logging.getLogger(__name__)


@app.get("/reports/{report_id}")
def get_report(report_id: int):
    try:
        return load_report(report_id)
    except Exception as exc:
        return JSONResponse(
            status_code=500,
            content={"error": str(exc), "trace": traceback.format_exc()},
        )
