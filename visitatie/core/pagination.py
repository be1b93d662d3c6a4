"""A page of results with the numbers a pager needs."""
from dataclasses import dataclass

from sqlalchemy import func, select


@dataclass
class Page:
    items: list
    number: int
    per_page: int
    total: int

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.per_page))

    @property
    def has_previous(self) -> bool:
        return self.number > 1

    @property
    def has_next(self) -> bool:
        return self.number < self.pages


def paginate(session, stmt, number: int, per_page: int = 25) -> Page:
    """Run `stmt` for one page; `number` is clamped to the pages that exist."""
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery()))
    number = min(max(1, number), max(1, -(-total // per_page)))
    items = list(session.scalars(stmt.limit(per_page).offset((number - 1) * per_page)))
    return Page(items, number, per_page, total)
