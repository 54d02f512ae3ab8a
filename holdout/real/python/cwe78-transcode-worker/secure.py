"""Background worker that turns uploaded clips into web-friendly renditions."""
from __future__ import annotations

import logging
import os
import subprocess
from dataclasses import dataclass

log = logging.getLogger(__name__)

FFMPEG = os.environ.get("FFMPEG_BIN", "ffmpeg")
RENDITIONS = {
    "480p": ("854x480", "1200k"),
    "720p": ("1280x720", "2500k"),
    "1080p": ("1920x1080", "5000k"),
}


@dataclass
class Job:
    clip_id: int
    source_path: str
    title: str
    rendition: str = "720p"


class TranscodeError(RuntimeError):
    pass


def _run(cmd, timeout: int = 600) -> str:
    log.debug("running %s", cmd)
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise TranscodeError(proc.stderr[-2000:])
    return proc.stdout


def output_path(job: Job, out_dir: str) -> str:
    return os.path.join(out_dir, f"{job.clip_id}-{job.rendition}.mp4")


def transcode(job: Job, out_dir: str) -> str:
    """Encode one rendition and tag it with the clip's title."""
    if job.rendition not in RENDITIONS:
        raise TranscodeError(f"unknown rendition {job.rendition!r}")
    size, bitrate = RENDITIONS[job.rendition]
    dest = output_path(job, out_dir)
    cmd = [
        FFMPEG, "-y", "-i", job.source_path, "-s", size, "-b:v", bitrate,
        "-metadata", f"title={job.title}", dest,
    ]
    _run(cmd)
    log.info("clip %s encoded to %s", job.clip_id, dest)
    return dest


def handle(jobs: list[Job], out_dir: str) -> list[str]:
    done = []
    for job in jobs:
        try:
            done.append(transcode(job, out_dir))
        except (TranscodeError, subprocess.TimeoutExpired) as exc:
            log.warning("clip %s failed: %s", job.clip_id, exc)
    return done
