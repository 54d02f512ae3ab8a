"""Sends alert notifications to the on-call chat webhook."""
import json
import logging
import os
import time
from typing import Optional

import requests

log = logging.getLogger("alerts.notify")
WEBHOOK_URL = os.environ.get("ONCALL_WEBHOOK", "https://chat.example.net/hooks/oncall")
CA_BUNDLE = os.environ.get("ONCALL_CA_BUNDLE")
RETRIES = 3


class Notifier:
    def __init__(self, url: str = WEBHOOK_URL, ca_bundle: Optional[str] = CA_BUNDLE) -> None:
        self.url = url
        self.session = requests.Session()
        self.session.headers["Content-Type"] = "application/json"
        # The chat server sits behind the corporate proxy, whose CA may need to be supplied.
        self.session.verify = ca_bundle or True

    def _post(self, payload: dict) -> bool:
        for attempt in range(1, RETRIES + 1):
            try:
                resp = self.session.post(self.url, data=json.dumps(payload), timeout=10)
                if resp.status_code < 300:
                    return True
                log.warning("webhook returned %s", resp.status_code)
            except requests.RequestException as exc:
                log.warning("attempt %d failed: %s", attempt, exc)
            time.sleep(2 ** attempt)
        return False

    def alert(self, service: str, severity: str, summary: str) -> bool:
        text = f"[{severity.upper()}] {service}: {summary}"
        return self._post({"text": text, "service": service})

    def resolve(self, service: str) -> bool:
        return self._post({"text": f"[RESOLVED] {service}", "service": service})


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    Notifier().alert("billing", "warning", "queue depth above 10k")
