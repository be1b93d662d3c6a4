"""Operations on Rode draden editions: start one, write it, move it through its workflow.

Operations never commit. Roles are checked by the views (403); what depends on the phase
or on the data is refused here with a Dutch DomainError. Klankbord comments are in
klankbord.py, the public content in snapshot.py.
"""
import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from visitatie.audit.operations import record_event
from visitatie.auth.roles import Rol
from visitatie.bevindingen.queries import codebook_themes
from visitatie.core.dates import local_today
from visitatie.core.domain import DomainError, StaleEdit
from visitatie.db import locked_version, utcnow
from visitatie.notificaties.operations import notify
from visitatie.synthese import queries
from visitatie.synthese.labels import event_hint, event_label, refusal_message
from visitatie.synthese.models import Synthese, SyntheseSectie
from visitatie.synthese.permissions import synthese_roles
from visitatie.core.domain import TransitionForbidden, TransitionRefused
from workflows.synthese import (
    EDITABLE_STATES, SyntheseFacts, SyntheseRefusal, SyntheseState, check, events_from,
    first_refusal,
)

SOORTEN = ("editie", "tussentijds")
SLUG_MAX = 100
REMARK_EVENTS = frozenset({"terugsturen", "corrigeren"})
REFUSAL_FIELDS = {"opmerking_nodig": "opmerking", "datum_ontbreekt": "vastgesteld_op",
                  "datum_in_toekomst": "vastgesteld_op"}


# --- a new edition -------------------------------------------------------------------------

def create_synthese(session, actor, *, ronde, soort: str, titel: str,
                    visitatie_ids=()) -> Synthese:
    """Start an edition: its visitaties and one chapter per theme of the codebook."""
    titel = (titel or "").strip()
    if not titel:
        raise DomainError(_("Vul de titel in."), field="titel")
    if soort not in SOORTEN:
        raise DomainError(_("Kies een editie of een tussentijdse rapportage."), field="soort")
    keuzes = codebook_themes(session, ronde.id)
    if not keuzes:
        raise DomainError(_("%(ronde)s heeft nog geen codeboek met thema's; zonder thema's "
                            "heeft de rapportage geen hoofdstukken.", ronde=ronde.naam),
                          field="ronde_id")
    synthese = Synthese(ronde=ronde, soort=soort, titel=titel, state=SyntheseState.CONCEPT.value,
                        slug=unique_slug(session, titel), klankbord_ronde=0,
                        created_by_id=actor.id)
    synthese.visitaties = _chosen_visitaties(session, ronde, soort, visitatie_ids)
    synthese.secties = [SyntheseSectie(thema_id=k.thema.id, titel=k.thema.naam, volgorde=i)
                        for i, k in enumerate(keuzes)]
    session.add(synthese)
    try:
        session.flush()
    except IntegrityError:  # the same title at the same moment; the caller rolls back
        raise DomainError(_("Er is zojuist een rapportage met deze titel gemaakt. Kies een "
                            "andere titel."), field="titel") from None
    record_event(session, actor, "synthese_aangemaakt", synthese, to_state=synthese.state,
                 details={"ronde_id": ronde.id, "soort": soort, "slug": synthese.slug,
                          "visitaties": len(synthese.visitaties),
                          "secties": len(synthese.secties)})
    return synthese


def _chosen_visitaties(session, ronde, soort: str, visitatie_ids) -> list:
    available = queries.visitaties_with_findings(session, [ronde.id])
    if soort == "editie":
        if not available:
            raise DomainError(_("%(ronde)s heeft nog geen visitaties met bevindingen.",
                                ronde=ronde.naam), field="ronde_id")
        return available
    chosen = {int(i) for i in visitatie_ids or ()}
    if not chosen:
        raise DomainError(_("Kies ten minste één visitatie voor de tussentijdse rapportage."),
                          field="visitatie_ids")
    by_id = {v.id: v for v in available}
    if not chosen <= by_id.keys():
        raise DomainError(_("Kies alleen visitaties van %(ronde)s die bevindingen hebben.",
                            ronde=ronde.naam), field="visitatie_ids")
    return [v for v in available if v.id in chosen]


def slugify(titel: str) -> str:
    """Return a URL part made of the title: lower case ASCII words joined by hyphens."""
    ascii_text = unicodedata.normalize("NFKD", titel).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:SLUG_MAX].rstrip("-") or "rode-draden"


def unique_slug(session, titel: str) -> str:
    """Return the title's slug, with -2, -3 ... when an edition already uses it."""
    base = slugify(titel)
    slug, n = base, 1
    while queries.slug_taken(session, slug):
        n += 1
        slug = f"{base}-{n}"
    return slug


# --- writing -------------------------------------------------------------------------------

def lock_edition(session, synthese) -> None:
    """Lock the edition's row till the commit, so that its phase cannot change meanwhile.

    A chapter saved, or a comment placed, while someone moves the edition to its next phase
    waits for that step and is then refused, instead of slipping in after the step's checks.
    """
    if locked_version(session, synthese) != synthese.version_id:
        raise StaleEdit(_("De rapportage is intussen gewijzigd. Bekijk de nieuwe stand en "
                          "probeer het opnieuw."))


def _refuse_unless_editable(synthese) -> None:
    if synthese.state not in EDITABLE_STATES:
        raise DomainError(_("De tekst kan alleen worden gewijzigd zolang de rapportage een "
                            "concept is."))


def _stale(what: str) -> StaleEdit:
    return StaleEdit(_("%(wat)s is intussen door iemand anders gewijzigd. Uw tekst staat nog "
                       "in het formulier; de opgeslagen tekst staat eronder. Neem over wat "
                       "nodig is en sla opnieuw op.", wat=what))


def is_current(session, obj, version_id: int | None, required: bool = True) -> bool:
    """Return whether the form's version is the saved one, locking the row till the commit.

    Of two people saving at once, the second waits for the first and is then told.
    """
    if version_id is None and required:
        return False
    if version_id is not None and version_id != obj.version_id:
        return False
    return locked_version(session, obj) == obj.version_id


def plain_text(text: str | None) -> str | None:
    """Return typed text with Unix line ends and no surrounding blank space (None if empty)."""
    cleaned = (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
    return cleaned or None


def update_synthese_texts(session, actor, synthese, *, titel: str, inleiding: str | None,
                          integrale_conclusies: str | None, version_id: int | None) -> None:
    """Save the title, introduction and integral conclusions of a concept edition."""
    _refuse_unless_editable(synthese)
    if not is_current(session, synthese, version_id):
        raise _stale(_("De rapportage"))
    titel = (titel or "").strip()
    if not titel:
        raise DomainError(_("Vul de titel in."), field="titel")
    new = {"titel": titel, "inleiding": plain_text(inleiding),
           "integrale_conclusies": plain_text(integrale_conclusies)}
    changed = sorted(k for k, v in new.items() if getattr(synthese, k) != v)
    for name, value in new.items():
        setattr(synthese, name, value)
    session.flush()
    record_event(session, actor, "synthese_gewijzigd", synthese, details={"velden": changed})


def save_section(session, actor, synthese, sectie, *, tekst: str | None,
                 version_id: int | None) -> None:
    """Save a chapter's text (plain text; a blank line starts a new paragraph)."""
    _refuse_unless_editable(synthese)
    lock_edition(session, synthese)
    if not is_current(session, sectie, version_id):
        raise _stale(_("Dit hoofdstuk"))
    sectie.tekst = plain_text(tekst)
    sectie.updated_by_id, sectie.updated_at = actor.id, utcnow()
    session.flush()
    record_event(session, actor, "synthese_sectie_gewijzigd", sectie, details={
        "synthese_id": synthese.id, "titel": sectie.titel,
        "tekens": len(sectie.tekst or "")})


def refresh_basis(session, actor, synthese) -> dict:
    """Bring a concept edition up to date: its visitaties (editie) and its chapters."""
    _refuse_unless_editable(synthese)
    lock_edition(session, synthese)
    before = {v.id for v in synthese.visitaties}
    if synthese.soort == "editie":
        synthese.visitaties = queries.visitaties_with_findings(session, [synthese.ronde_id])
    added_chapters = _sync_sections(session, synthese)
    after = {v.id for v in synthese.visitaties}
    summary = {"visitaties_erbij": len(after - before), "visitaties_eraf": len(before - after),
               "hoofdstukken_erbij": added_chapters}
    session.flush()
    record_event(session, actor, "synthese_gewijzigd", synthese,
                 details={"bijgewerkt": summary})
    return summary


def _sync_sections(session, synthese) -> list[str]:
    """Give every current theme a chapter in tree order; keep chapters of removed themes."""
    keuzes = codebook_themes(session, synthese.ronde_id)
    existing = {s.thema_id: s for s in synthese.secties}
    added = []
    for volgorde, keuze in enumerate(keuzes):
        sectie = existing.pop(keuze.thema.id, None)
        if sectie is None:
            sectie = SyntheseSectie(thema_id=keuze.thema.id, titel=keuze.thema.naam)
            synthese.secties.append(sectie)
            added.append(keuze.thema.naam)
        sectie.volgorde = volgorde
    for extra, sectie in enumerate(sorted(existing.values(), key=lambda s: s.volgorde)):
        sectie.volgorde = len(keuzes) + extra
    return added


# --- the workflow --------------------------------------------------------------------------

@dataclass(frozen=True)
class SyntheseTransitionOption:
    event: str
    label: str
    refusal: str | None  # None: the user may take the step now
    hint: str | None = None
    via_form: bool = False  # vaststellen asks for the date of the bestuur meeting first


def gather_facts(session, synthese, remark: str | None = None) -> SyntheseFacts:
    """Return what the edition's guards look at, from the database."""
    sections, empty = queries.section_counts(session, synthese)
    return SyntheseFacts(
        sections=sections, empty_sections=tuple(empty),
        klankbord_members=queries.klankbord_member_count(session, synthese.ronde_id),
        klankbord_rounds_held=synthese.klankbord_ronde,
        open_comments=queries.open_comment_count(session, synthese),
        conclusions_written=bool((synthese.integrale_conclusies or "").strip()),
        remark_given=bool((remark or "").strip()))


def fire_synthese_transition(session, actor, synthese, event: str, remark: str | None = None,
                             version_id: int | None = None, *,
                             vastgesteld_op: date | None = None,
                             today: date | None = None) -> str:
    """Fire `event` on the edition: new state, its columns, side effects, audit event."""
    today = today or local_today()
    if not is_current(session, synthese, version_id, required=False):
        raise StaleEdit(_("De rapportage is intussen gewijzigd. Bekijk de nieuwe stand en "
                          "probeer het opnieuw."))
    facts = gather_facts(session, synthese, remark)
    try:
        target = check(synthese.state, event, synthese_roles(actor, synthese), facts)
    except SyntheseRefusal as refusal:
        raise _as_error(refusal.code, facts) from refusal
    if event == "vaststellen":
        _check_adoption_date(vastgesteld_op, today)
    source = synthese.state
    with session.no_autoflush:  # the state and its columns change together (CHECKs)
        STATE_COLUMNS.get(event, _no_columns)(synthese, actor, vastgesteld_op)
        synthese.state, synthese.state_changed_at = target.value, utcnow()
    record_event(session, actor, "synthese_fase_gewijzigd", synthese, from_state=source,
                 to_state=target.value, comment=(remark or "").strip() or None,
                 details=_event_details(synthese, event))
    session.flush()
    for effect in SIDE_EFFECTS.get(event, ()):
        effect(session, actor, synthese, today)
    return target.value


def transition_options(session, user, synthese) -> list[SyntheseTransitionOption]:
    """Return the steps the user's roles allow now, each with its refusal (or None)."""
    events = events_from(synthese.state, synthese_roles(user, synthese))
    if not events:
        return []
    facts = gather_facts(session, synthese)
    return [SyntheseTransitionOption(e.name, event_label(e.name), _refusal_text(e, facts),
                                     event_hint(e.name), via_form=e.name == "vaststellen")
            for e in events]


def _refusal_text(event, facts: SyntheseFacts) -> str | None:
    if event.name in REMARK_EVENTS:
        return None  # their guard is about the remark typed with them
    code = first_refusal(event, facts)
    return refusal_message(code, facts.empty_sections, facts.open_comments) if code else None


def _as_error(code: str, facts: SyntheseFacts) -> DomainError:
    message = refusal_message(code, facts.empty_sections, facts.open_comments)
    if code == "rol_mag_niet":
        return TransitionForbidden(message)
    return TransitionRefused(message, field=REFUSAL_FIELDS.get(code))


def _check_adoption_date(vastgesteld_op: date | None, today: date) -> None:
    if vastgesteld_op is None:
        raise TransitionRefused(refusal_message("datum_ontbreekt"), field="vastgesteld_op")
    if vastgesteld_op > today:
        raise TransitionRefused(refusal_message("datum_in_toekomst"), field="vastgesteld_op")


def _event_details(synthese, event: str) -> dict:
    details = {"handeling": event, "klankbord_ronde": synthese.klankbord_ronde}
    if synthese.vastgesteld_op is not None and event == "vaststellen":
        details["vastgesteld_op"] = synthese.vastgesteld_op.isoformat()
    return details


def _no_columns(synthese, actor, adopted_on) -> None:
    return None


def _to_klankbord(synthese, actor, adopted_on) -> None:
    synthese.klankbord_ronde = (synthese.klankbord_ronde or 0) + 1


def _adopted(synthese, actor, adopted_on) -> None:
    synthese.vastgesteld_at, synthese.vastgesteld_door_id = utcnow(), actor.id
    synthese.vastgesteld_op = adopted_on


def _back_to_concept(synthese, actor, adopted_on) -> None:
    """A returned or corrected edition must be adopted again before it is published."""
    synthese.vastgesteld_at = synthese.vastgesteld_door_id = synthese.vastgesteld_op = None


STATE_COLUMNS = {"naar_klankbord": _to_klankbord, "vaststellen": _adopted,
                 "terugsturen": _back_to_concept, "corrigeren": _back_to_concept}


def _notify_klankbord(session, actor, synthese, today) -> None:
    notify(session, "synthese_naar_klankbord", synthese,
           queries.ronde_members(session, synthese.ronde_id, Rol.KLANKBORD), today)


def _notify_authors(session, actor, synthese, today) -> None:
    notify(session, "synthese_klankbord_afgerond", synthese,
           queries.ronde_members(session, synthese.ronde_id, Rol.AUTEUR), today)


def _publish(session, actor, synthese, today) -> None:
    from visitatie.synthese.publication import publish_synthese

    publish_synthese(session, actor, synthese)


SIDE_EFFECTS: dict[str, tuple] = {
    "naar_klankbord": (_notify_klankbord,),
    "klankbord_afronden": (_notify_authors,),
    "publiceren": (_publish,),
}
