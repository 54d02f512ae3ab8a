import ipaddress
import subprocess

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel, conint

app = FastAPI()


class Probe(BaseModel):
    host: str
    count: conint(ge=1, le=10) = 3


@app.post("/diagnostics/ping")
def ping(probe: Probe) -> dict:
    try:
        address = ipaddress.ip_address(probe.host)
    except ValueError:
        raise HTTPException(status_code=422, detail="host must be an IP address")
    output = subprocess.check_output(
        ["ping", "-c", str(probe.count), str(address)], timeout=20
    )
    return {"host": str(address), "output": output.decode(errors="replace")}
