import importlib


class ExportService:
    """Exports a report in the format the user picked (csv, xlsx, pdf...)."""

    def exporter_for(self, fmt: str):
        module = importlib.import_module(f"reports.exporters.{fmt}")
        return getattr(module, "Exporter")()

    def export(self, report, fmt: str) -> bytes:
        return self.exporter_for(fmt).render(report)
