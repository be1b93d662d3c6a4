"""Every kind of notification: what it is about, which page it links to, when it lapses.

The mail of a soort is `templates/emails/notificaties/<soort>.txt` and `.html`; its
description is in labels.py. A reminder whose object no longer needs it (the wederhoor was
submitted, the actie is done) is not sent: its owner normally cancels it, this is the net.
"""
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from flask import current_app, url_for
from werkzeug.routing import BuildError

from visitatie.notificaties.about import About
from workflows.synthese import SyntheseState
from workflows.verbeterplan import CLOSED_ACTIE_STATUSES, PlanState
from workflows.visitatie import VisitatieState

# Days from the deadline to each step of a reminder ladder, as scheduled by
# visitatie.verbeterplannen.reminders (LADDER): the mail names the deadline, not the step.
LADDER_OFFSETS = {"herinnering": -14, "vandaag": 0, "verlopen": 7}
LADDER_PREFIXES = ("plan_termijn_", "voortgang_termijn_", "actie_datum_")
VISITATIE_PAGE = ("visitaties.show", ("visitatie_id",))
PLAN_PAGE = ("verbeterplannen.show", ("plan_id",))
SYNTHESE_PAGE = ("synthese.show", ("synthese_id",))
AWAITING_SUBMISSION = frozenset({PlanState.CONCEPT, PlanState.TERUGGESTUURD})
REPORTING = frozenset({PlanState.GEPUBLICEERD, PlanState.IN_UITVOERING})


def _always(about: About) -> bool:
    return True


def _in_wederhoor(about: About) -> bool:
    return about.visitatie.state == VisitatieState.WEDERHOOR


def _wederhoor_waiting(about: About) -> bool:
    return _in_wederhoor(about) and about.visitatie.wederhoor_ingediend_at is None


def _plan_awaited(about: About) -> bool:
    return about.plan.state in AWAITING_SUBMISSION


def _plan_reporting(about: About) -> bool:
    return about.plan.state in REPORTING


def _actie_open(about: About) -> bool:
    return about.obj.status not in CLOSED_ACTIE_STATUSES


def _synthese_at_klankbord(about: About) -> bool:
    return about.obj.state == SyntheseState.KLANKBORD


@dataclass(frozen=True)
class Kind:
    object_type: str
    links: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (endpoint, its id arguments), tried
    is_relevant: Callable[[About], bool] = _always


_KERNSTUKKEN = (("kernstukken.index", ("visitatie_id",)),)
_WEDERHOOR = (("wederhoor.show", ("visitatie_id",)),)
_VOORTGANG = (("voortgang.index", ("plan_id",)), PLAN_PAGE)
_ACTIE = (("verbeterplannen.show_actie", ("plan_id", "actie_id")), PLAN_PAGE)

KINDS: dict[str, Kind] = {
    "visitatie_gepland": Kind("visitatie"),
    "kernstukken_ingediend": Kind("visitatie", _KERNSTUKKEN),
    "kernstukken_teruggestuurd": Kind("visitatie", _KERNSTUKKEN),
    "wederhoor_geopend": Kind("visitatie", _WEDERHOOR, _in_wederhoor),
    "wederhoor_herinnering": Kind("visitatie", _WEDERHOOR, _wederhoor_waiting),
    "wederhoor_deadline": Kind("visitatie", _WEDERHOOR, _wederhoor_waiting),
    "wederhoor_verlopen": Kind("visitatie", _WEDERHOOR, _wederhoor_waiting),
    "wederhoor_ingediend": Kind("visitatie", _WEDERHOOR, _in_wederhoor),
    "rapport_vastgesteld": Kind("visitatie"),
    "verbeterplan_ingediend": Kind("verbeterplan", (PLAN_PAGE,)),
    "verbeterplan_teruggestuurd": Kind("verbeterplan", (PLAN_PAGE,)),
    "verbeterplan_geaccepteerd": Kind("verbeterplan", (PLAN_PAGE,)),
    **{f"plan_termijn_{step}": Kind("verbeterplan", (PLAN_PAGE,), _plan_awaited)
       for step in LADDER_OFFSETS},
    **{f"voortgang_termijn_{step}": Kind("verbeterplan", _VOORTGANG, _plan_reporting)
       for step in LADDER_OFFSETS},
    **{f"actie_datum_{step}": Kind("actie", _ACTIE, _actie_open) for step in LADDER_OFFSETS},
    "synthese_naar_klankbord": Kind("synthese", (SYNTHESE_PAGE,), _synthese_at_klankbord),
    "synthese_klankbord_afgerond": Kind("synthese", (SYNTHESE_PAGE,)),
}


def kind_of(soort: str) -> Kind:
    """Return the kind of a soort; an unknown soort is a programming error."""
    try:
        return KINDS[soort]
    except KeyError:
        raise ValueError(f"Unknown notification soort {soort!r}") from None


def deadline_of(soort: str, due_on: date) -> date | None:
    """Return the deadline a ladder reminder is about (None for other soorten)."""
    step = soort.rsplit("_", 1)[-1]
    if not soort.startswith(LADDER_PREFIXES) or step not in LADDER_OFFSETS:
        return None
    return due_on - timedelta(days=LADDER_OFFSETS[step])


def is_relevant(soort: str, about: About) -> bool:
    """Return whether a notification of this soort about this object is still worth sending."""
    return kind_of(soort).is_relevant(about)


def link_for(soort: str, about: About, external: bool = False) -> str:
    """Return the URL of the page the notification is about (the visitatie page at least)."""
    ids = about.ids()
    for endpoint, names in (*kind_of(soort).links, VISITATIE_PAGE):
        if endpoint not in current_app.view_functions or not set(names) <= ids.keys():
            continue  # the page is not there (yet): fall back to the next one
        try:
            return url_for(endpoint, _external=external, **{n: ids[n] for n in names})
        except BuildError:
            continue
    raise LookupError(f"No page for {soort} about {about.obj!r}")  # the visitatie page exists
