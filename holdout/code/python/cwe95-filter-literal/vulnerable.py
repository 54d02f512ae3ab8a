import csv


def parse_filter(raw: str) -> dict:
    """Parse a filter such as {'country': 'NL', 'min_age': 18} given on the command line."""
    value = eval(raw)
    if not isinstance(value, dict):
        raise ValueError("filter must be a mapping")
    return value


def filter_rows(path: str, raw_filter: str) -> list[dict]:
    wanted = parse_filter(raw_filter)
    with open(path, newline="") as fh:
        return [row for row in csv.DictReader(fh)
                if all(str(row.get(k)) == str(v) for k, v in wanted.items())]
