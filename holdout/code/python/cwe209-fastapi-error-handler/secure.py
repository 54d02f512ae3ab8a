import logging
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
log = logging.getLogger(__name__)


@app.exception_handler(Exception)
async def unhandled(request: Request, exc: Exception) -> JSONResponse:
    incident = uuid.uuid4().hex
    log.exception("unhandled error %s on %s", incident, request.url.path)
    return JSONResponse(
        status_code=500,
        content={"error": "internal error", "incident": incident},
    )
