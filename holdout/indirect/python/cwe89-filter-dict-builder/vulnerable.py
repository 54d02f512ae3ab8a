class EventQuery:
    """Turns the filters of the events API (?type=login&actor=alice) into SQL."""

    def __init__(self, cursor):
        self.cursor = cursor

    def _where(self, filters: dict[str, str]) -> str:
        clauses = ["1 = 1"]
        for column, value in filters.items():
            clauses.append("{} = '{}'".format(column, value))
        return " AND ".join(clauses)

    def fetch(self, filters: dict[str, str], limit: int = 100) -> list[tuple]:
        sql = "SELECT id, type, actor, created FROM events WHERE " + self._where(filters)
        sql += " ORDER BY created DESC LIMIT %d" % limit
        self.cursor.execute(sql)
        return self.cursor.fetchall()
