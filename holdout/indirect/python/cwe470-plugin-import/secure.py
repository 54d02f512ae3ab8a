import importlib

EXPORTERS = {"csv": "reports.exporters.csv", "xlsx": "reports.exporters.xlsx", "pdf": "reports.exporters.pdf"}


class ExportService:
    """Exports a report in the format the user picked (csv, xlsx, pdf...)."""

    def exporter_for(self, fmt: str):
        if fmt not in EXPORTERS:
            raise ValueError(f"unknown export format {fmt!r}")
        module = importlib.import_module(EXPORTERS[fmt])
        return getattr(module, "Exporter")()

    def export(self, report, fmt: str) -> bytes:
        return self.exporter_for(fmt).render(report)
