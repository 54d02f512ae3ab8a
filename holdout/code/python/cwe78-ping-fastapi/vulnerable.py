import subprocess

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Probe(BaseModel):
    host: str
    count: int = 3


@app.post("/diagnostics/ping")
def ping(probe: Probe) -> dict:
    output = subprocess.check_output(
        "ping -c %d %s" % (probe.count, probe.host), shell=True, timeout=20
    )
    return {"host": probe.host, "output": output.decode(errors="replace")}
