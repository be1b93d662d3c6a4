"""Count the SQL statements a piece of code runs."""
from contextlib import contextmanager

from sqlalchemy import event


@contextmanager
def count_queries(engine):
    """Yield a list that collects every statement executed on `engine` meanwhile."""
    statements: list[str] = []

    def _record(_conn, _cursor, statement, *_args):
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", _record)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", _record)
