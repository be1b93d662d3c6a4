"""The declarative base with a constraint naming convention, and the session holder."""
from datetime import timezone

from flask import current_app, has_request_context, request
from sqlalchemy import DateTime, MetaData, TypeDecorator, create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase, Session, scoped_session, sessionmaker

from visitatie.core.dates import utcnow  # noqa: F401  (the one clock; models import it from here)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class AwareDateTime(TypeDecorator):
    """A timestamp with time zone that comes back aware (UTC) on SQLite too.

    PostgreSQL keeps the zone; SQLite stores text and SQLAlchemy returns it naive, which
    would make comparisons with `utcnow()` fail on the embedded database.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def locked_version(session, obj) -> int | None:
    """Lock `obj`'s row until the transaction ends; return its committed version_id.

    A second transaction that asks for the same row waits here until the first one has
    committed, and then sees the newer version: its caller refuses ("changed by someone
    else") instead of failing halfway through its work with a database error.
    """
    model = type(obj)
    return session.scalar(select(model.version_id).where(model.id == obj.id)
                          .with_for_update())


class AppSession(Session):
    """A session that uses the current application's engine unless bound explicitly."""

    def get_bind(self, mapper=None, clause=None, bind=None, **kwargs):
        if bind is not None:
            return bind
        if self.bind is not None:
            return self.bind  # tests bind to one connection with SAVEPOINTs
        return current_app.extensions["database_engine"]


class Database:
    """The request-scoped session; each application keeps its own engine.

    Plain SQLAlchemy 2 rather than Flask-SQLAlchemy: the tests bind the session to one
    connection with SAVEPOINTs, and no query helper hides which SQL a page runs.
    """

    def __init__(self) -> None:
        self.session = scoped_session(sessionmaker(class_=AppSession, expire_on_commit=False))
        self.metadata = Base.metadata

    @property
    def engine(self) -> Engine:
        """Return the current application's engine."""
        return current_app.extensions["database_engine"]

    def init_app(self, app) -> None:
        app.extensions["database_engine"] = make_engine(app.config["DATABASE_URL"])
        app.teardown_appcontext(self._remove_session)

    def _remove_session(self, _exc=None) -> None:
        self.session.remove()


def make_engine(url: str) -> Engine:
    """Create an engine; SQLite gets foreign keys and a lock timeout."""
    if url.startswith("postgres://"):  # the form some platforms hand out
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT})
        event.listen(engine, "connect", _sqlite_pragmas)
        # pysqlite's own transaction handling breaks SAVEPOINTs; let SQLAlchemy emit BEGIN.
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


SQLITE_BUSY_TIMEOUT = 30  # seconds a connection waits for the write lock before giving up


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")  # readers and the one writer do not block each other
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT * 1000}")
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable enough in WAL mode, and much faster
    cursor.close()


def _sqlite_begin(connection) -> None:
    """Begin a transaction; one that may write takes SQLite's write lock at once.

    A deferred transaction that has read and then writes fails at once with "database is
    locked" when another connection wrote in between (its snapshot is stale: the busy
    timeout cannot help), which is what simultaneous logins did. Taking the write lock at
    BEGIN makes such a transaction wait its turn instead. Reading requests (GET, HEAD) keep
    a deferred BEGIN: in WAL mode readers never wait for the writer.
    """
    connection.exec_driver_sql("BEGIN" if _is_reading_request() else "BEGIN IMMEDIATE")


def _is_reading_request() -> bool:
    return has_request_context() and request.method in ("GET", "HEAD", "OPTIONS")
