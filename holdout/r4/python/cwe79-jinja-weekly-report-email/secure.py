"""Render the weekly activity report e-mail sent to project members."""
from dataclasses import dataclass
from datetime import date
from typing import List

from jinja2 import Environment, FileSystemLoader, select_autoescape

env = Environment(loader=FileSystemLoader("templates"), autoescape=select_autoescape(["html", "xml"]))


@dataclass
class Activity:
    author: str
    kind: str  # "comment", "issue" or "commit"
    text: str


def render_report(project: str, week_start: date, activities: List[Activity]) -> str:
    """Return the HTML body of the weekly report.

    The template (templates/weekly.html) loops over `activities` and prints
    author, kind and text for each entry, grouped by kind.
    """
    grouped: dict[str, List[Activity]] = {}
    for activity in activities:
        grouped.setdefault(activity.kind, []).append(activity)

    template = env.get_template("weekly.html")
    return template.render(
        project=project,
        week=week_start.isoformat(),
        grouped=grouped,
        total=len(activities),
    )


if __name__ == "__main__":
    sample = [
        Activity("dana", "comment", "Looks good to me, merging after CI"),
        Activity("lee", "issue", "Export fails for reports with <50 rows"),
    ]
    print(render_report("atlas", date.today(), sample))
