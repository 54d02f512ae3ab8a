FILTERABLE = ("type", "actor", "source_ip")


class EventQuery:
    """Turns the filters of the events API (?type=login&actor=alice) into SQL."""

    def __init__(self, cursor):
        self.cursor = cursor

    def _where(self, filters: dict[str, str]) -> tuple[str, list[str]]:
        clauses, params = ["1 = 1"], []
        for column, value in filters.items():
            if column not in FILTERABLE:
                raise ValueError(f"cannot filter on {column!r}")
            clauses.append("{} = %s".format(column))
            params.append(value)
        return " AND ".join(clauses), params

    def fetch(self, filters: dict[str, str], limit: int = 100) -> list[tuple]:
        where, params = self._where(filters)
        sql = "SELECT id, type, actor, created FROM events WHERE " + where
        sql += " ORDER BY created DESC LIMIT %d" % int(limit)
        self.cursor.execute(sql, params)
        return self.cursor.fetchall()
