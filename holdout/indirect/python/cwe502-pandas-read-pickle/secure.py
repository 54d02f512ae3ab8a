import pandas as pd


class FrameImporter:
    """Loads data frames that analysts share through the team's upload area."""

    def __init__(self, upload_dir: str):
        self.upload_dir = upload_dir

    def load(self, name: str) -> pd.DataFrame:
        return pd.read_parquet(f"{self.upload_dir}/{name}.parquet")

    def summary(self, name: str) -> dict:
        frame = self.load(name)
        return {"rows": len(frame), "columns": list(frame.columns)}
