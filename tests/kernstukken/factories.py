"""Small real files of every kind, kernstuk types and documents for the kernstukken tests."""
import io
import zipfile

from visitatie.kernstukken import operations as ops
from visitatie.rondes.models import KernstukType

CONTENT_TYPES = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.'
                 b'openxmlformats.org/package/2006/content-types"/>')
MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
    b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"
    b"trailer\n<< /Root 1 0 R >>\n%%EOF\n"
)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 48


def pdf_bytes(marker: str = "") -> bytes:
    return MINIMAL_PDF + marker.encode()


def _zip(entries: list[tuple[str, bytes]], stored_first: bool = False) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for index, (name, data) in enumerate(entries):
            kind = zipfile.ZIP_STORED if stored_first and index == 0 else zipfile.ZIP_DEFLATED
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=kind)
    return buffer.getvalue()


def docx_bytes(extra: list[tuple[str, bytes]] = ()) -> bytes:
    return _zip([("[Content_Types].xml", CONTENT_TYPES),
                 ("_rels/.rels", b"<Relationships/>"),
                 ("word/document.xml", b"<w:document><w:body>Zelfevaluatie</w:body></w:document>"),
                 *extra])


def xlsx_bytes() -> bytes:
    return _zip([("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", b"<Relationships/>"),
                 ("xl/workbook.xml", b"<workbook/>"),
                 ("xl/worksheets/sheet1.xml", b"<worksheet/>")])


def odt_bytes(mimetype: bytes = b"application/vnd.oasis.opendocument.text") -> bytes:
    return _zip([("mimetype", mimetype), ("content.xml", b"<office:document-content/>"),
                 ("META-INF/manifest.xml", b"<manifest:manifest/>")], stored_first=True)


def plain_zip_bytes() -> bytes:
    return _zip([("notities.txt", b"geen document")])


def zip_bomb_bytes(unpacked_bytes: int) -> bytes:
    """A DOCX whose one extra entry unpacks to `unpacked_bytes` zeros (tiny when packed)."""
    return docx_bytes(extra=[("word/media/nullen.bin", b"\0" * unpacked_bytes)])


def make_kernstuk_type(session, ronde, code: str, naam: str, verplicht: bool = True,
                       volgorde: int = 0) -> KernstukType:
    kernstuk_type = KernstukType(ronde_id=ronde.id, code=code, naam=naam,
                                 omschrijving=f"Omschrijving van {naam}.",
                                 is_verplicht=verplicht, volgorde=volgorde)
    session.add(kernstuk_type)
    session.flush()
    return kernstuk_type


def make_document(session, visitatie, kernstuk_type, uploader, content: bytes | None = None,
                  naam: str = "document.pdf"):
    document = ops.store_kernstuk(session, uploader, visitatie, kernstuk_type,
                                  io.BytesIO(content or pdf_bytes(naam)), naam)
    session.commit()
    return document


def set_state(session, visitatie, state: str) -> None:
    visitatie.state = state
    session.commit()


def upload_data(content: bytes, naam: str) -> dict:
    return {"bestand": (io.BytesIO(content), naam)}
