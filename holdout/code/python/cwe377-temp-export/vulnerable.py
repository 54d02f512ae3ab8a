import csv
import shutil
import tempfile


def export_contacts(contacts: list[dict], destination: str) -> None:
    """Write contacts to a CSV file, then move it into place in one step."""
    tmp_path = tempfile.mktemp(suffix=".csv")
    with open(tmp_path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["name", "email", "phone"])
        writer.writeheader()
        writer.writerows(contacts)
    shutil.move(tmp_path, destination)
