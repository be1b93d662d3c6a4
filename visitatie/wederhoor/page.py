"""Everything the wederhoor page shows one user, with the forms they may use."""
from dataclasses import dataclass, field
from datetime import date

from forms.wederhoor import CorrectieCreateForm, CorrectieDecideForm
from visitatie.wederhoor import permissions as perms
from visitatie.wederhoor import queries
from visitatie.wederhoor.operations import decision_stamp
from visitatie.visitaties.permissions import is_of_visited_dienst


@dataclass
class SectieView:
    sectie: object
    correcties: list
    create_form: CorrectieCreateForm | None = None


@dataclass
class WederhoorPage:
    versie: object
    deadline: queries.Deadline | None
    released: bool
    for_dienst: bool
    show_corrections: bool
    can_respond: bool
    can_decide: bool
    total: int = 0
    open: int = 0
    secties: list[SectieView] = field(default_factory=list)
    decide_forms: dict = field(default_factory=dict)
    editable_ids: set = field(default_factory=set)
    deciders: dict = field(default_factory=dict)

    @property
    def may_add(self) -> bool:
        """Return whether the add forms are shown: responding, within the term."""
        return self.can_respond and not (self.deadline and self.deadline.passed)


def build_page(session, user, visitatie, today: date, create: dict, decide: dict) -> WederhoorPage:
    """Return the page for `user`; `create`/`decide` hold posted forms to show again."""
    released = queries.is_released(visitatie, today)
    page = WederhoorPage(
        versie=queries.wederhoor_versie(session, visitatie),
        deadline=queries.deadline_of(visitatie, today), released=released,
        for_dienst=is_of_visited_dienst(user, visitatie),
        show_corrections=perms.can_see_corrections(user, visitatie, released),
        can_respond=perms.can_respond_wederhoor(user, visitatie),
        can_decide=perms.can_decide_corrections(user, visitatie) and released,
    )
    grouped = queries.corrections_by_sectie(session, visitatie)
    all_corrections = [c for cs in grouped.values() for c in cs]
    page.total = len(all_corrections)
    page.open = sum(c.besluit == "open" for c in all_corrections)
    if page.versie is not None:
        _fill_sections(page, grouped, create)
    if page.show_corrections:
        _fill_corrections(session, page, user, visitatie, all_corrections, decide)
    return page


def _fill_sections(page: WederhoorPage, grouped: dict, create: dict) -> None:
    for sectie in page.versie.secties:
        correcties = grouped.get(sectie.id, []) if page.show_corrections else []
        form = None
        if page.may_add:
            form = create.get(sectie.id) or CorrectieCreateForm(prefix=f"s{sectie.id}",
                                                                formdata=None)
        page.secties.append(SectieView(sectie, correcties, form))


def _fill_corrections(session, page, user, visitatie, corrections, decide: dict) -> None:
    page.deciders = queries.deciders_of(session, corrections)
    page.editable_ids = {c.id for c in corrections
                         if perms.can_edit_correctie(user, c, visitatie)}
    if not page.can_decide:
        return
    for c in corrections:
        form = decide.get(c.id) or CorrectieDecideForm(
            prefix=f"c{c.id}", formdata=None,
            data={"besluit": None if c.besluit == "open" else c.besluit,
                  "reden": c.besluit_reden})
        form.seen.data = decision_stamp(c)  # a form shown again is resent against the new state
        page.decide_forms[c.id] = form
