"""Files are written atomically under random names and vanish with a rolled-back transaction."""
import io

import pytest
from sqlalchemy import select

from tests.kernstukken import factories as f
from visitatie.core.domain import DomainError
from visitatie.kernstukken import operations as ops
from visitatie.uploads import storage
from visitatie.kernstukken.models import KernstukDocument


def _store(session, world, checklist, user, content=None, naam="stuk.pdf"):
    return ops.store_kernstuk(session, user, world.visitatie, checklist.zelfevaluatie,
                              io.BytesIO(content or f.pdf_bytes()), naam)


def test_upload_folder_is_created_when_missing(session, world, checklist, directeur,
                                               upload_folder):
    assert not upload_folder.exists()
    document = _store(session, world, checklist, directeur)
    assert (upload_folder / document.opslagnaam).is_file()
    assert [p.name for p in upload_folder.iterdir()] == [document.opslagnaam]


def test_commit_keeps_the_file(session, world, checklist, directeur, upload_folder):
    document = _store(session, world, checklist, directeur)
    session.commit()
    session.rollback()  # a later rollback does not touch committed files
    assert (upload_folder / document.opslagnaam).is_file()


def test_rollback_removes_the_files_written_in_the_transaction(session, world, checklist,
                                                               directeur, upload_folder):
    kept = _store(session, world, checklist, directeur)
    session.commit()
    dropped = _store(session, world, checklist, directeur, naam="tweede.pdf")
    assert (upload_folder / dropped.opslagnaam).is_file()
    session.rollback()
    assert [p.name for p in upload_folder.iterdir()] == [kept.opslagnaam]
    assert session.scalars(select(KernstukDocument.versie)).all() == [1]


@pytest.mark.usefixtures("request_context")
def test_refused_content_leaves_no_temporary_file(session, world, checklist, directeur,
                                                  upload_folder):
    with pytest.raises(DomainError):
        _store(session, world, checklist, directeur, content=f.PNG, naam="plaatje.pdf")
    assert list(upload_folder.iterdir()) == []


@pytest.mark.usefixtures("request_context")
def test_type_of_another_ronde_is_refused(session, world, directeur):
    from tests.factories import make_ronde

    foreign = f.make_kernstuk_type(session, make_ronde(session), "organogram", "Organogram")
    with pytest.raises(DomainError, match="hoort niet bij de ronde"):
        ops.store_kernstuk(session, directeur, world.visitatie, foreign,
                           io.BytesIO(f.pdf_bytes()), "a.pdf")


@pytest.mark.usefixtures("request_context")
def test_upload_kernstuk_refuses_outside_the_upload_phases(session, world, checklist,
                                                           directeur):
    from werkzeug.datastructures import FileStorage

    f.set_state(session, world.visitatie, "bezoek")
    upload = FileStorage(io.BytesIO(f.pdf_bytes()), filename="a.pdf")
    with pytest.raises(DomainError, match="zolang de visitatie gepland is of in voorbereiding"):
        ops.upload_kernstuk(session, directeur, world.visitatie, checklist.zelfevaluatie,
                            upload)


@pytest.mark.parametrize("name", ["", "../x", "A" * 64, "a" * 63 + "/"])
def test_only_storage_names_resolve_to_paths(app, name):
    with app.app_context(), pytest.raises(ValueError):
        storage.path_of(name)
