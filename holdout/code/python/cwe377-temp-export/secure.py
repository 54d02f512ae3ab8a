import csv
import shutil
import tempfile


def export_contacts(contacts: list[dict], destination: str) -> None:
    """Write contacts to a CSV file, then move it into place in one step."""
    with tempfile.NamedTemporaryFile("w", suffix=".csv", newline="", delete=False) as fh:
        writer = csv.DictWriter(fh, fieldnames=["name", "email", "phone"])
        writer.writeheader()
        writer.writerows(contacts)
        tmp_path = fh.name
    shutil.move(tmp_path, destination)
