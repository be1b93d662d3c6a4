"""What the public pages and the open data show, read in a fixed number of statements.

Published things come only from Publicatie (immutable rows written by the publish
transitions); beyond that only public facts are read: diensten, rondes, visit dates, and for
a PUBLISHED verbeterplan its live follow-up figures (acties per status, the date of the last
submitted progress report). Nothing else of a visitatie (its workflow state, notes, concepts,
kernstukken, wederhoor, unpublished plans) is loaded here.
"""
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timezone

from sqlalchemy import func, select
from sqlalchemy.orm import load_only, selectinload

from visitatie.audit.models import AuditEvent
from visitatie.core.dates import NL
from visitatie.diensten.models import Dienst
from visitatie.documenten.models import GegenereerdDocument
from visitatie.publicaties.models import Publicatie
from visitatie.rondes.models import Ronde
from visitatie.synthese.models import Synthese
from visitatie.verbeterplannen.models import (
    Actie, ActieStatusWijziging, Verbeterplan, Voortgangsrapportage,
)
from visitatie.visitaties.models import Visitatie
from workflows.verbeterplan import ActieStatus

ACTIE_STATUSES = tuple(s.value for s in ActieStatus)
# The public stand of a visitatie, from public facts only (never its workflow state).
STANDEN = ("nog_niet_gepland", "bezoek_gepland", "bezocht", "buiten_voorziening",
           "rapport_gepubliceerd", "verbeterplan_gepubliceerd")


@dataclass(frozen=True)
class PublicVersion:
    """One published version of a report, plan or Rode draden edition."""
    identifier: str
    soort: str
    versie: int
    titel: str
    gepubliceerd_at: datetime
    correctie_toelichting: str | None
    has_pdf: bool        # the PDF is rendered and may be downloaded


@dataclass
class FollowUp:
    """The live follow-up figures of a published verbeterplan."""
    per_status: dict
    laatste_voortgang_at: datetime | None

    @property
    def totaal(self) -> int:
        return sum(self.per_status.values())

    def share(self, status: str) -> int:
        """Return the percentage of acties with `status`, rounded."""
        return round(100 * self.per_status.get(status, 0) / self.totaal) if self.totaal else 0


@dataclass
class PublicVisitatie:
    ronde_nummer: int
    ronde_naam: str
    dienst_id: int
    eerste_bezoekdag: date | None
    tweede_bezoekdag: date | None
    is_historisch: bool
    rapport: list[PublicVersion] = field(default_factory=list)       # oldest first
    verbeterplan: list[PublicVersion] = field(default_factory=list)
    opvolging: FollowUp | None = None

    @property
    def laatste_rapport(self) -> PublicVersion | None:
        return self.rapport[-1] if self.rapport else None

    @property
    def laatste_verbeterplan(self) -> PublicVersion | None:
        return self.verbeterplan[-1] if self.verbeterplan else None

    def stand(self, today: date) -> str:
        """Return the public stand: what has been published, else where the visit is."""
        if self.verbeterplan:
            return "verbeterplan_gepubliceerd"
        if self.rapport:
            return "rapport_gepubliceerd"
        if self.eerste_bezoekdag is None:
            return "nog_niet_gepland"
        if self.eerste_bezoekdag > today:
            return "bezoek_gepland"
        return "buiten_voorziening" if self.is_historisch else "bezocht"


@dataclass
class PublicDienst:
    dienst: Dienst
    opvolger: Dienst | None
    visitaties: list[PublicVisitatie] = field(default_factory=list)   # by ronde

    @property
    def provincies(self) -> list[str]:
        return self.dienst.provincie_namen


@dataclass
class Overview:
    rondes: list[Ronde]
    diensten: list[PublicDienst]
    rode_draden: list[PublicVersion]
    rode_draden_slugs: dict           # identifier -> synthese slug
    rode_draden_rondes: dict          # identifier -> ronde nummer

    def rows(self):
        """Yield (PublicDienst, PublicVisitatie) for every visitatie, diensten by name."""
        for entry in self.diensten:
            for visitatie in entry.visitaties:
                yield entry, visitatie


def load_overview(session) -> Overview:
    """Return every dienst that exists now or was visited, with its public visitaties."""
    diensten = _diensten(session)
    by_id = {d.id: d for d in diensten}
    visitaties = _visitaties(session)
    versions = _versions_per_visitatie(session)
    follow_ups = _follow_ups(session)
    entries = {}
    for row in visitaties:
        public = _public_visitatie(row, versions, follow_ups)
        entries.setdefault(row.dienst_id, []).append(public)
    listed = [PublicDienst(d, by_id.get(d.opgevolgd_door_id), entries.get(d.id, []))
              for d in diensten if d.geldig_tot is None or d.id in entries]
    rode_draden, slugs, rondes = _rode_draden(session)
    return Overview(_rondes(session), listed, rode_draden, slugs, rondes)


def dienst_history(overview: Overview, slug: str) -> tuple[PublicDienst, list] | None:
    """Return the dienst with `slug` and its predecessors' entries (merged into it)."""
    found = next((e for e in overview.diensten if e.dienst.slug == slug), None)
    if found is None:
        return None
    return found, _predecessors(overview, found.dienst.id)


def _predecessors(overview: Overview, dienst_id: int, seen=None) -> list[PublicDienst]:
    seen = seen or set()
    direct = [e for e in overview.diensten
              if e.dienst.opgevolgd_door_id == dienst_id and e.dienst.id not in seen]
    found = []
    for entry in direct:
        seen.add(entry.dienst.id)
        found.append(entry)
        found.extend(_predecessors(overview, entry.dienst.id, seen))
    return found


def history_rows(entry: PublicDienst, voorgangers: list[PublicDienst]) -> list:
    """(PublicDienst, visitatie) of the dienst and its predecessors, oldest ronde first."""
    rows = [(e, v) for e in (entry, *voorgangers) for v in e.visitaties]
    return sorted(rows, key=lambda row: (row[1].ronde_nummer, row[0].dienst.naam))


def ronde_rows(overview: Overview, nummer: int) -> list:
    """(PublicDienst, visitatie) of one ronde in the order of the visits (unplanned last)."""
    rows = [(e, v) for e, v in overview.rows() if v.ronde_nummer == nummer]
    return sorted(rows, key=lambda row: (row[1].eerste_bezoekdag is None,
                                         row[1].eerste_bezoekdag or date.max,
                                         row[0].dienst.naam))


def ronde_editions(overview: Overview, nummer: int) -> list[PublicVersion]:
    """The published Rode draden versions of one ronde, newest first."""
    return [e for e in overview.rode_draden
            if overview.rode_draden_rondes.get(e.identifier) == nummer]


def all_publications(session) -> list[tuple[PublicVersion, str | None, str | None]]:
    """Return every publication, newest first, with its dienst slug or Rode draden slug."""
    stmt = (select(Publicatie, Dienst.slug, Synthese.slug, GegenereerdDocument.status)
            .options(load_only(*_VERSION_COLUMNS, raiseload=True))
            .outerjoin(Visitatie, Visitatie.id == Publicatie.visitatie_id)
            .outerjoin(Dienst, Dienst.id == Visitatie.dienst_id)
            .outerjoin(Synthese, Synthese.id == Publicatie.synthese_id)
            .outerjoin(GegenereerdDocument, GegenereerdDocument.id == Publicatie.document_id)
            .order_by(Publicatie.gepubliceerd_at.desc(), Publicatie.id.desc()))
    return [(_version(p, status), dienst_slug, synthese_slug)
            for p, dienst_slug, synthese_slug, status in session.execute(stmt)]


def downloadable(session, identifier: str) -> tuple[Publicatie, GegenereerdDocument] | None:
    """Return the publication with `identifier` and its rendered PDF, if there is one."""
    row = session.execute(
        select(Publicatie, GegenereerdDocument)
        .options(load_only(*_VERSION_COLUMNS, raiseload=True))
        .join(GegenereerdDocument, GegenereerdDocument.id == Publicatie.document_id)
        .where(Publicatie.identifier == identifier,
               GegenereerdDocument.status == "klaar")).first()
    return tuple(row) if row else None


def publications_changed_at(session) -> datetime | None:
    """Return the latest publication, or PDF of one finished, (None before any)."""
    moments = session.execute(select(_latest_publication(), _latest_pdf())).one()
    return _latest(moments)


def content_stamp(session) -> tuple:
    """One cheap aggregate that changes whenever anything the public overview shows changes.

    Publications and their PDFs, the follow-up of published plans, visitaties (new ones and
    changed columns such as visit dates: version_id goes up on every change), and diensten.
    """
    published = _published_plan_ids()
    return tuple(session.execute(select(
        select(func.max(Publicatie.id)).scalar_subquery(), _latest_pdf(),
        select(func.count(Actie.id)).where(Actie.verbeterplan_id.in_(published))
        .scalar_subquery(),
        select(func.coalesce(func.sum(Actie.version_id), 0))   # any change of an actie
        .where(Actie.verbeterplan_id.in_(published)).scalar_subquery(),
        select(func.max(Voortgangsrapportage.ingediend_at))
        .where(Voortgangsrapportage.verbeterplan_id.in_(published)).scalar_subquery(),
        select(func.count(Visitatie.id)).scalar_subquery(),
        select(func.coalesce(func.sum(Visitatie.version_id), 0)).scalar_subquery(),
        select(func.count(Dienst.id)).scalar_subquery(),
        select(func.coalesce(func.sum(Dienst.version_id), 0)).scalar_subquery(),
        select(func.count(Ronde.id)).scalar_subquery(),
    )).one())


def overview_changed_at(session, overview: Overview, today: date) -> datetime | None:
    """Return the latest moment anything the overview shows can have changed.

    Publications and their PDFs, the follow-up of published plans (actie status changes,
    submitted progress reports), new diensten and visitaties, changed visit dates, and the
    start of a visit day that has come (the stand 'bezoek gepland' then becomes 'bezocht').
    """
    published = _published_plan_ids()
    moments = session.execute(select(
        _latest_publication(), _latest_pdf(),
        select(func.max(ActieStatusWijziging.at)).join(Actie)
        .where(Actie.verbeterplan_id.in_(published)).scalar_subquery(),
        select(func.max(Voortgangsrapportage.ingediend_at))
        .where(Voortgangsrapportage.verbeterplan_id.in_(published)).scalar_subquery(),
        select(func.max(Visitatie.created_at)).scalar_subquery(),
        select(func.max(AuditEvent.at))
        .where(AuditEvent.action == "bezoekdata_gewijzigd").scalar_subquery(),
        select(func.max(Dienst.created_at)).scalar_subquery(),
    )).one()
    visit_days = [datetime.combine(v.eerste_bezoekdag, time(0), tzinfo=NL)
                  for _entry, v in overview.rows()
                  if v.eerste_bezoekdag is not None and v.eerste_bezoekdag <= today]
    return _latest([*moments, *visit_days])


def _latest_publication():
    return select(func.max(Publicatie.gepubliceerd_at)).scalar_subquery()


def _latest_pdf():
    return (select(func.max(GegenereerdDocument.finished_at))
            .where(GegenereerdDocument.id.in_(select(Publicatie.document_id)))
            .scalar_subquery())


def _latest(moments) -> datetime | None:
    aware = [m if m.tzinfo else m.replace(tzinfo=timezone.utc) for m in moments if m]
    return max(aware, default=None)


_VERSION_COLUMNS = (Publicatie.id, Publicatie.identifier, Publicatie.soort, Publicatie.versie,
                    Publicatie.titel, Publicatie.gepubliceerd_at,
                    Publicatie.correctie_toelichting, Publicatie.visitatie_id,
                    Publicatie.synthese_id, Publicatie.document_id)


def _diensten(session) -> list[Dienst]:
    return list(session.scalars(
        select(Dienst).options(selectinload(Dienst.provincies), load_only(
            Dienst.id, Dienst.slug, Dienst.naam, Dienst.korte_naam, Dienst.geldig_van,
            Dienst.geldig_tot, Dienst.opgevolgd_door_id, Dienst.website))
        .order_by(Dienst.naam)))


def _rondes(session) -> list[Ronde]:
    return list(session.scalars(select(Ronde).order_by(Ronde.nummer)))


def _visitaties(session):
    """Only the public columns of every visitatie (not its state or anything else)."""
    return session.execute(
        select(Visitatie.id, Visitatie.dienst_id, Visitatie.eerste_bezoekdag,
               Visitatie.tweede_bezoekdag, Visitatie.is_historisch, Ronde.nummer, Ronde.naam)
        .join(Ronde, Ronde.id == Visitatie.ronde_id)
        .order_by(Ronde.nummer)).all()


def _versions_per_visitatie(session) -> dict:
    stmt = (select(Publicatie, GegenereerdDocument.status)
            .options(load_only(*_VERSION_COLUMNS, raiseload=True))
            .outerjoin(GegenereerdDocument, GegenereerdDocument.id == Publicatie.document_id)
            .where(Publicatie.soort.in_(("rapport", "verbeterplan")))
            .order_by(Publicatie.versie))
    found = defaultdict(lambda: defaultdict(list))
    for publicatie, status in session.execute(stmt):
        found[publicatie.visitatie_id][publicatie.soort].append(_version(publicatie, status))
    return found


def _version(publicatie: Publicatie, document_status: str | None) -> PublicVersion:
    return PublicVersion(publicatie.identifier, publicatie.soort, publicatie.versie,
                         publicatie.titel, publicatie.gepubliceerd_at,
                         publicatie.correctie_toelichting, document_status == "klaar")


def _published_plan_ids():
    return (select(Publicatie.verbeterplan_id)
            .where(Publicatie.soort == "verbeterplan").scalar_subquery())


def _follow_ups(session) -> dict:
    """Return {visitatie_id: FollowUp} for published plans only (three statements)."""
    published = _published_plan_ids()
    counts = session.execute(
        select(Verbeterplan.visitatie_id, Actie.status, func.count(Actie.id))
        .join(Actie, Actie.verbeterplan_id == Verbeterplan.id)
        .where(Verbeterplan.id.in_(published))
        .group_by(Verbeterplan.visitatie_id, Actie.status)).all()
    reports = session.execute(
        select(Verbeterplan.visitatie_id, func.max(Voortgangsrapportage.ingediend_at))
        .join(Voortgangsrapportage, Voortgangsrapportage.verbeterplan_id == Verbeterplan.id)
        .where(Verbeterplan.id.in_(published), Voortgangsrapportage.status == "ingediend")
        .group_by(Verbeterplan.visitatie_id)).all()
    plans = session.scalars(
        select(Verbeterplan.visitatie_id).where(Verbeterplan.id.in_(published))).all()
    follow_ups = {v: FollowUp(dict.fromkeys(ACTIE_STATUSES, 0), None) for v in plans}
    for visitatie_id, status, count in counts:
        follow_ups[visitatie_id].per_status[status] = count
    for visitatie_id, latest in reports:
        follow_ups[visitatie_id].laatste_voortgang_at = latest
    return follow_ups


def _public_visitatie(row, versions, follow_ups) -> PublicVisitatie:
    published = versions.get(row.id, {})
    return PublicVisitatie(
        ronde_nummer=row.nummer, ronde_naam=row.naam, dienst_id=row.dienst_id,
        eerste_bezoekdag=row.eerste_bezoekdag, tweede_bezoekdag=row.tweede_bezoekdag,
        is_historisch=row.is_historisch, rapport=list(published.get("rapport", [])),
        verbeterplan=list(published.get("verbeterplan", [])),
        opvolging=follow_ups.get(row.id) if published.get("verbeterplan") else None)


def _rode_draden(session):
    """Published Rode draden editions (title and date only; never their content here)."""
    stmt = (select(Publicatie, Synthese.slug, Ronde.nummer, GegenereerdDocument.status)
            .options(load_only(*_VERSION_COLUMNS, raiseload=True))
            .join(Synthese, Synthese.id == Publicatie.synthese_id)
            .join(Ronde, Ronde.id == Synthese.ronde_id)
            .outerjoin(GegenereerdDocument, GegenereerdDocument.id == Publicatie.document_id)
            .where(Publicatie.soort == "rode_draden")
            .order_by(Publicatie.gepubliceerd_at.desc(), Publicatie.id.desc()))
    editions, slugs, rondes = [], {}, {}
    for publicatie, slug, nummer, status in session.execute(stmt):
        editions.append(_version(publicatie, status))
        slugs[publicatie.identifier], rondes[publicatie.identifier] = slug, nummer
    return editions, slugs, rondes
