import requests


class MetricsPusher:
    def __init__(self, endpoint: str, token: str, ca_bundle: str | None = None):
        self.endpoint = endpoint
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"
        if ca_bundle:
            self.session.verify = ca_bundle

    def push(self, name: str, value: float, labels: dict[str, str]) -> None:
        resp = self.session.post(
            self.endpoint, json={"name": name, "value": value, "labels": labels}, timeout=5
        )
        resp.raise_for_status()
