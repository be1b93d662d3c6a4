"""Open data: JSON matching its schema, the same rows as CSV, the Atom feed, caching headers."""
import csv
import io
import json
import re
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime, parsedate_to_datetime
from xml.etree import ElementTree

import pytest

from tests.public.factories import (
    publications, publish_plan_via_web, publish_report_via_web, ready_to_publish,
)
from visitatie.extensions import db
from visitatie.public.opendata import FIELD_NAMES, FIELDS
from visitatie.verbeterplannen.actie_operations import change_actie_status

ATOM = "{http://www.w3.org/2005/Atom}"
FILES = ["/openbaar/data/overzicht.json", "/openbaar/data/overzicht.csv",
         "/openbaar/data/overzicht.schema.json", "/openbaar/data/publicaties.atom"]


@pytest.fixture()
def published(session, login, world):
    _versie, aanbevelingen = ready_to_publish(session, world.visitatie)
    browser = login(world.users["directeur"])
    publish_report_via_web(browser, world.visitatie)
    plan = publish_plan_via_web(session, browser, world.visitatie, aanbevelingen,
                                ("loopt", "vertraagd"))
    browser.post("/uitloggen")
    return plan


def _validate(value, schema: dict, path="$") -> list[str]:
    """A small JSON Schema check: type (with null), enum, const, required, properties."""
    errors = []
    kinds = schema.get("type")
    kinds = [kinds] if isinstance(kinds, str) else kinds
    python = {"string": str, "integer": int, "array": list, "object": dict,
              "null": type(None)}
    if kinds and not any(isinstance(value, python[k]) and not
                         (k == "integer" and isinstance(value, bool)) for k in kinds):
        errors.append(f"{path}: {value!r} is not {kinds}")
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not in enum")
    if "const" in schema and value != schema["const"]:
        errors.append(f"{path}: {value!r} != {schema['const']!r}")
    if schema.get("format") == "date" and isinstance(value, str):
        date.fromisoformat(value)
    if schema.get("format") == "date-time" and isinstance(value, str):
        assert value.endswith("Z"), value
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, dict):
        errors += [f"{path}: missing {key}" for key in schema.get("required", [])
                   if key not in value]
        if schema.get("additionalProperties") is False:
            errors += [f"{path}: extra {key}" for key in value
                       if key not in schema["properties"]]
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                errors += _validate(value[key], sub, f"{path}.{key}")
    if isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            errors += _validate(item, schema["items"], f"{path}[{index}]")
    return errors


def test_json_matches_its_schema(client, world, published):
    schema = client.get("/openbaar/data/overzicht.schema.json").json
    document = client.get("/openbaar/data/overzicht.json").json
    assert _validate(document, schema) == []
    assert document["licentie"] == "CC0-1.0"
    assert list(schema["properties"]["visitaties"]["items"]["properties"]) == FIELD_NAMES
    row = next(r for r in document["visitaties"] if r["dienst"] == world.dienst.slug)
    [rapport, plan] = publications(db.session)
    assert (row["stand"], row["rapport_identifier"], row["rapport_versie"]) == (
        "verbeterplan_gepubliceerd", rapport.identifier, 1)
    assert row["rapport_pdf_url"] == (
        f"http://visitatie.test/openbaar/documenten/{rapport.identifier}.pdf")
    assert (row["acties_totaal"], row["acties_loopt"], row["acties_vertraagd"],
            row["acties_gepland"]) == (2, 1, 1, 0)
    other = next(r for r in document["visitaties"] if r["dienst"] == world.other_dienst.slug)
    assert other["rapport_identifier"] is None and other["acties_totaal"] is None


def test_csv_has_the_same_rows_as_json(client, session, world, published):
    world.dienst.naam = "Omgevingsdienst Fryslân-Zuid"
    session.commit()
    response = client.get("/openbaar/data/overzicht.csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    text = response.data.decode("utf-8")
    assert text.startswith("\ufeff") and "Fryslân-Zuid" in text
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    document = client.get("/openbaar/data/overzicht.json").json["visitaties"]
    assert list(rows[0]) == FIELD_NAMES
    assert [r["dienst"] for r in rows] == [r["dienst"] for r in document]
    for csv_row, json_row in zip(rows, document):
        for name in FIELD_NAMES:
            value = json_row[name]
            expected = "; ".join(value) if isinstance(value, list) else (
                "" if value is None else str(value))
            assert csv_row[name] == expected, name


def test_atom_feed_has_an_entry_per_published_version(client, world, published):
    response = client.get("/openbaar/data/publicaties.atom")
    assert response.headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ElementTree.fromstring(response.data)
    entries = feed.findall(f"{ATOM}entry")
    [rapport, plan] = publications(db.session)
    ids = [e.find(f"{ATOM}id").text for e in entries]
    assert ids == [f"tag:omgevingsdienst.nl,2025:visitaties/{p.identifier}"
                   for p in (plan, rapport)]
    first = entries[0]
    assert first.find(f"{ATOM}updated").text.endswith("Z")
    links = {link.get("rel"): link.get("href") for link in first.findall(f"{ATOM}link")}
    assert links["alternate"] == f"http://visitatie.test/openbaar/diensten/{world.dienst.slug}"
    assert links["enclosure"].endswith(f"/openbaar/documenten/{plan.identifier}.pdf")
    assert feed.find(f"{ATOM}updated").text >= first.find(f"{ATOM}updated").text  # or its PDF


def test_feed_without_publications_is_valid(client, world):
    feed = ElementTree.fromstring(client.get("/openbaar/data/publicaties.atom").data)
    assert feed.findall(f"{ATOM}entry") == []
    assert feed.find(f"{ATOM}updated").text == "2025-01-01T00:00:00Z"


@pytest.mark.parametrize("url", FILES)
def test_files_carry_validators_and_caching_headers(client, world, published, url):
    response = client.get(url)
    assert response.status_code == 200
    assert re.fullmatch(r'"[0-9a-f]{64}"', response.headers["ETag"])
    assert response.headers["Last-Modified"]
    assert set(response.headers["Cache-Control"].split(", ")) == {"public", "max-age=300"}
    etag, modified = response.headers["ETag"], response.headers["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": modified}).status_code == 304
    assert client.get(url, headers={"If-None-Match": '"ander"'}).status_code == 200


def test_a_new_publication_changes_etag_and_last_modified(client, session, login, world):
    _versie, aanbevelingen = ready_to_publish(session, world.visitatie)
    before = client.get("/openbaar/data/overzicht.json")
    feed_before = client.get("/openbaar/data/publicaties.atom")
    publish_report_via_web(login(world.users["directeur"]), world.visitatie)
    for url, old in (("/openbaar/data/overzicht.json", before),
                     ("/openbaar/data/publicaties.atom", feed_before)):
        response = client.get(url, headers={"If-None-Match": old.headers["ETag"],
                                            "If-Modified-Since": old.headers["Last-Modified"]})
        assert response.status_code == 200
        assert response.headers["ETag"] != old.headers["ETag"]
        assert (parsedate_to_datetime(response.headers["Last-Modified"])
                > parsedate_to_datetime(old.headers["Last-Modified"]) - timedelta(seconds=1))


def test_live_follow_up_moves_last_modified_forward(client, session, world, published):
    old = client.get("/openbaar/data/overzicht.json")
    since = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=2), usegmt=True)
    assert client.get("/openbaar/data/overzicht.json",
                      headers={"If-Modified-Since": since}).status_code == 304
    actie = published.acties[0]
    change_actie_status(session, world.users["directeur"], published, actie, "gerealiseerd",
                        "Klaar.", None)
    session.commit()
    response = client.get("/openbaar/data/overzicht.json",
                          headers={"If-None-Match": old.headers["ETag"]})
    assert response.status_code == 200
    row = next(r for r in response.json["visitaties"] if r["dienst"] == world.dienst.slug)
    assert row["acties_gerealiseerd"] == 1


def test_documentation_page_describes_every_field(client, world):
    html = client.get("/openbaar/data").text
    for field in FIELDS:
        assert f"<code>{field.name}</code>" in html
    assert "CC0" in html and "If-None-Match" in html
    assert 'href="/openbaar/data/overzicht.schema.json"' in html


def test_open_data_sets_no_cookie(client, world):
    for url in FILES:
        assert "Set-Cookie" not in client.get(url).headers
