"""The open data: the public overview as flat rows (JSON and CSV share them), its JSON
Schema, and the Atom feed of publications. One FIELDS list documents, validates and orders
every column, so the documentation page, the schema and the files cannot drift apart."""
import csv
import io
import json
from dataclasses import dataclass
from datetime import date, datetime, timezone

from flask import current_app, url_for

from visitatie.exports.cells import csv_text
from visitatie.public import links
from visitatie.public.queries import ACTIE_STATUSES, STANDEN, Overview, PublicVersion

LICENCE = "CC0-1.0"
LICENCE_URL = "https://creativecommons.org/publicdomain/zero/1.0/"
DEFAULT_TAG_AUTHORITY = "omgevingsdienst.nl,2025"
# The files are Dutch whatever the reader's language, like the PDFs.
SOORT_NAMEN = {"rapport": "Visitatierapport", "verbeterplan": "Verbeterplan",
               "rode_draden": "Rode draden rapportage"}


@dataclass(frozen=True)
class Field:
    name: str
    type: str            # string, integer, date, date-time, uri, enum, list
    nullable: bool
    description: str
    enum: tuple = ()


def _publication_fields(prefix: str, what: str) -> list[Field]:
    return [
        Field(f"{prefix}_identifier", "string", True,
              f"Stabiel kenmerk van de laatst gepubliceerde versie van het {what}, "
              f"bijvoorbeeld '{prefix}/odt/ronde-2/v1'; leeg als het niet gepubliceerd is."),
        Field(f"{prefix}_versie", "integer", True,
              f"Versienummer van de laatste publicatie van het {what}; een correctie is een "
              "nieuwe versie (2, 3, ...), eerdere versies blijven beschikbaar."),
        Field(f"{prefix}_eerst_gepubliceerd_op", "date-time", True,
              f"Moment waarop versie 1 van het {what} openbaar werd (ISO 8601, UTC)."),
        Field(f"{prefix}_gepubliceerd_op", "date-time", True,
              f"Moment waarop de laatste versie van het {what} openbaar werd (ISO 8601, UTC)."),
        Field(f"{prefix}_pdf_url", "uri", True,
              f"Adres van de PDF van de laatste versie van het {what}; leeg zolang de PDF "
              "nog wordt gemaakt."),
    ]


FIELDS = [
    Field("dienst", "string", False, "Korte, vaste code (slug) van de omgevingsdienst."),
    Field("dienst_naam", "string", False, "Volledige naam van de omgevingsdienst."),
    Field("dienst_korte_naam", "string", False, "Gangbare afkorting van de dienst."),
    Field("provincies", "list", False,
          "Provincie(s) van het werkgebied. JSON: een lijst; CSV: gescheiden door '; '."),
    Field("dienst_url", "uri", False, "Openbare pagina van de dienst."),
    Field("opgevolgd_door", "string", True,
          "Code (slug) van de dienst waarin deze dienst is opgegaan na een fusie; leeg als "
          "de dienst nog bestaat."),
    Field("ronde", "integer", False, "Nummer van de visitatieronde."),
    Field("ronde_naam", "string", False, "Naam van de visitatieronde."),
    Field("eerste_bezoekdag", "date", True, "Eerste dag van het bezoek (JJJJ-MM-DD)."),
    Field("tweede_bezoekdag", "date", True, "Tweede dag van het bezoek (JJJJ-MM-DD)."),
    Field("stand", "enum", False,
          "Openbare stand: nog_niet_gepland, bezoek_gepland, bezocht (rapport nog niet "
          "gepubliceerd), buiten_voorziening (bezocht voordat deze voorziening bestond; het "
          "rapport is daarbuiten verschenen), rapport_gepubliceerd, verbeterplan_gepubliceerd.",
          STANDEN),
    *_publication_fields("rapport", "visitatierapport"),
    *_publication_fields("verbeterplan", "verbeterplan"),
    Field("acties_totaal", "integer", True,
          "Aantal acties in het gepubliceerde verbeterplan (actuele stand); leeg zonder "
          "gepubliceerd verbeterplan."),
    *[Field(f"acties_{status}", "integer", True,
            f"Aantal acties met de status '{status}' (actuele stand).") for status in
      ACTIE_STATUSES],
    Field("laatste_voortgangsrapportage_op", "date-time", True,
          "Moment waarop de laatste voortgangsrapportage van het verbeterplan is ingediend."),
]
FIELD_NAMES = [f.name for f in FIELDS]


def overview_rows(overview: Overview, today: date) -> list[dict]:
    """Return one flat row per visitatie (dienst × ronde), diensten by name, rondes by number."""
    return [_row(entry, visitatie, today) for entry, visitatie in overview.rows()]


def _row(entry, visitatie, today: date) -> dict:
    dienst = entry.dienst
    row = {
        "dienst": dienst.slug, "dienst_naam": dienst.naam, "dienst_korte_naam": dienst.korte_naam,
        "provincies": list(entry.provincies),
        "dienst_url": links.dienst_url(dienst.slug, external=True),
        "opgevolgd_door": entry.opvolger.slug if entry.opvolger else None,
        "ronde": visitatie.ronde_nummer, "ronde_naam": visitatie.ronde_naam,
        "eerste_bezoekdag": iso(visitatie.eerste_bezoekdag),
        "tweede_bezoekdag": iso(visitatie.tweede_bezoekdag),
        "stand": visitatie.stand(today),
        **_publication("rapport", visitatie.rapport),
        **_publication("verbeterplan", visitatie.verbeterplan),
        **_follow_up(visitatie.opvolging),
    }
    return {name: row[name] for name in FIELD_NAMES}


def _publication(prefix: str, versions: list[PublicVersion]) -> dict:
    latest = versions[-1] if versions else None
    return {
        f"{prefix}_identifier": latest.identifier if latest else None,
        f"{prefix}_versie": latest.versie if latest else None,
        f"{prefix}_eerst_gepubliceerd_op": iso(versions[0].gepubliceerd_at) if latest else None,
        f"{prefix}_gepubliceerd_op": iso(latest.gepubliceerd_at) if latest else None,
        f"{prefix}_pdf_url": links.pdf_url(latest, external=True) if latest else None,
    }


def _follow_up(opvolging) -> dict:
    if opvolging is None:
        return {"acties_totaal": None, **{f"acties_{s}": None for s in ACTIE_STATUSES},
                "laatste_voortgangsrapportage_op": None}
    return {"acties_totaal": opvolging.totaal,
            **{f"acties_{s}": opvolging.per_status.get(s, 0) for s in ACTIE_STATUSES},
            "laatste_voortgangsrapportage_op": iso(opvolging.laatste_voortgang_at)}


def iso(value) -> str | None:
    """Return a date as YYYY-MM-DD, a moment as ISO 8601 in UTC with a Z."""
    if value is None:
        return None
    if isinstance(value, datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=timezone.utc)
        return aware.astimezone(timezone.utc).replace(microsecond=0).isoformat()\
            .replace("+00:00", "Z")
    return value.isoformat()


def to_json(rows: list[dict], changed_at: datetime | None) -> str:
    """Return the JSON document: metadata, then the rows."""
    document = {
        "$schema": url_for("opendata.schema", _external=True),
        "titel": "Visitaties van de omgevingsdiensten",
        "licentie": LICENCE, "licentie_url": LICENCE_URL,
        "documentatie": url_for("opendata.index", _external=True),
        "bijgewerkt_op": iso(changed_at),
        "visitaties": rows,
    }
    return json.dumps(document, ensure_ascii=False, indent=2)


def to_csv(rows: list[dict]) -> str:
    """Return the same rows as CSV (UTF-8 with a BOM so spreadsheets read the accents)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIELD_NAMES)
    for row in rows:
        writer.writerow([_csv_value(row[name]) for name in FIELD_NAMES])
    return "\ufeff" + out.getvalue()


def _csv_value(value) -> str:
    if value is None:
        return ""
    text = "; ".join(value) if isinstance(value, list) else str(value)
    return csv_text(text)  # a name starting with "=" must not run as a formula


JSON_TYPES = {
    "string": {"type": "string"},
    "integer": {"type": "integer", "minimum": 0},
    "date": {"type": "string", "format": "date"},
    "date-time": {"type": "string", "format": "date-time"},
    "uri": {"type": "string", "format": "uri"},
    "list": {"type": "array", "items": {"type": "string"}},
}


def json_schema() -> dict:
    """Return the JSON Schema (draft 2020-12) of the JSON document."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": url_for("opendata.schema", _external=True),
        "title": "Visitaties van de omgevingsdiensten",
        "description": "Per omgevingsdienst en visitatieronde: bezoekdata, publicatie van "
                       "rapport en verbeterplan, en de opvolging. Licentie CC0 1.0.",
        "type": "object",
        "required": ["titel", "licentie", "visitaties"],
        "properties": {
            "$schema": {"type": "string", "format": "uri"},
            "titel": {"type": "string"},
            "licentie": {"const": LICENCE},
            "licentie_url": {"type": "string", "format": "uri"},
            "documentatie": {"type": "string", "format": "uri"},
            "bijgewerkt_op": {"type": ["string", "null"], "format": "date-time"},
            "visitaties": {"type": "array", "items": _row_schema()},
        },
    }


def _row_schema() -> dict:
    return {"type": "object", "additionalProperties": False, "required": FIELD_NAMES,
            "properties": {f.name: _field_schema(f) for f in FIELDS}}


def _field_schema(f: Field) -> dict:
    if f.type == "enum":
        return {"description": f.description, "enum": list(f.enum)}
    schema = dict(JSON_TYPES[f.type])
    if f.nullable:
        schema["type"] = [schema["type"], "null"]
    return {"description": f.description, **schema}


def tag_uri(identifier: str) -> str:
    """Return the stable Atom id of a publication (RFC 4151 tag URI)."""
    authority = current_app.config.get("OPEN_DATA_TAG_AUTHORITY", DEFAULT_TAG_AUTHORITY)
    return f"tag:{authority}:visitaties/{identifier}"


def feed_entries(publications) -> list[dict]:
    """Return the Atom entries: one per published version, newest first."""
    entries = []
    for version, dienst_slug, synthese_slug in publications:
        page = (links.dienst_url(dienst_slug, external=True) if dienst_slug
                else links.rode_draden_url(synthese_slug, external=True))
        entries.append({"id": tag_uri(version.identifier), "version": version,
                        "updated": iso(version.gepubliceerd_at), "page": page,
                        "pdf": links.pdf_url(version, external=True)})
    return entries
