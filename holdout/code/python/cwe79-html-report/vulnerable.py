from datetime import datetime


def render_failures(suite_name: str, failures: list[dict]) -> str:
    """Build the HTML page the CI server publishes for a failed test run."""
    rows = []
    for failure in failures:
        rows.append(
            "<tr><td>{}</td><td><pre>{}</pre></td></tr>".format(
                failure["test"], failure["message"]
            )
        )
    return (
        "<html><head><title>{0}</title></head><body>"
        "<h1>{0}: {1} failures</h1><p>generated {2}</p>"
        "<table>{3}</table></body></html>"
    ).format(suite_name, len(failures), datetime.utcnow().isoformat(), "".join(rows))
