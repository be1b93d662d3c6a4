"""The dependency audit really checks: known-vulnerable versions are found in its offline data,
and a package it cannot check is reported as not checked, never as clean (issue 19)."""
import importlib.util
from importlib.machinery import SourceFileLoader
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / ".ci" / "dependency-audit"


@pytest.fixture(scope="module")
def audit():
    loader = SourceFileLoader("dependency_audit", str(SCRIPT))
    module = importlib.util.module_from_spec(importlib.util.spec_from_loader(loader.name, loader))
    loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def database(audit):
    advisories, released, as_of = audit.load_database()
    assert advisories is not None, "safety-db is a pinned test dependency"
    return advisories, released, as_of


def test_the_data_are_dated(database):
    _advisories, released, as_of = database
    assert (released, as_of) == ("2021.7.17", "2021-07-01")


@pytest.mark.parametrize(("name", "version"), [("flask", "0.12.2"), ("werkzeug", "0.15.2"),
                                               ("jinja2", "2.10"), ("sqlalchemy", "1.2.17")])
def test_old_versions_with_known_advisories_are_found(database, audit, name, version):
    findings, reason = audit.match(database[0][name], version)
    assert findings and reason is None


def test_the_pinned_versions_match_nothing_in_the_data(database, audit):
    pins, unpinned = audit.pinned_versions()
    assert pins["flask"] == "3.1.3" and not unpinned
    vulnerable = [name for name, version in pins.items()
                  if audit.match(database[0].get(name, []), version)[0]]
    assert vulnerable == []


def test_what_cannot_be_read_is_not_checked(audit):
    assert audit.match([], "not a version") == ([], "the version cannot be read")
    unreadable = [{"id": "x", "specs": ["<2.-2"], "v": "<2.-2"}]
    assert audit.match(unreadable, "1.0") == ([], "1 advisory range(s) cannot be read")


def test_the_summary_names_the_date_and_never_claims_more(audit, capsys):
    assert audit.main() == 0
    out = capsys.readouterr().out
    assert "against safety-db 2021.7.17, data of 2021-07-01" in out
    assert "advisories published after 2021-07-01 are not in these data" in out
    assert "no known vulnerabilities" not in out.lower()
