"""Demo kernstukken: a small real PDF for every required type, stored like an upload."""
import io
from datetime import datetime, time, timedelta, timezone

from visitatie.kernstukken import operations as ops
from visitatie.kernstukken import queries
from workflows.visitatie import ORDER, VisitatieState


def add_demo_kernstukken(session, visitatie, uploader, rng, reviewer=None) -> list:
    """Store version 1 of every required kernstuk type of the visitatie's ronde.

    With a `reviewer`, visitaties past kernstukken_ingediend get them marked akkoord.
    """
    documents = []
    for kernstuk_type in queries.kernstuk_types(session, visitatie):
        if kernstuk_type.is_verplicht:
            documents.append(_add_one(session, visitatie, uploader, kernstuk_type, rng))
    if reviewer is not None and _past_review(visitatie):
        ops.accept_open_documents(session, reviewer, visitatie)
    return documents


def _add_one(session, visitatie, uploader, kernstuk_type, rng):
    pdf = minimal_pdf([
        kernstuk_type.naam,
        f"{visitatie.dienst.naam} - {visitatie.ronde.naam}",
        "Demodocument: de inhoud is verzonnen voor de demo-omgeving.",
    ])
    naam = f"{kernstuk_type.code.replace('_', '-')}-{visitatie.dienst.slug}.pdf"
    document = ops.store_kernstuk(session, uploader, visitatie, kernstuk_type,
                                  io.BytesIO(pdf), naam)
    document.uploaded_at = _upload_moment(visitatie, rng)
    return document


def _upload_moment(visitatie, rng) -> datetime:
    # Some weeks before the visit days: while the dienst was preparing.
    day = visitatie.eerste_bezoekdag
    base = (datetime.combine(day, time(9), tzinfo=timezone.utc) - timedelta(days=55)
            if day else visitatie.state_changed_at - timedelta(days=10))
    return base + timedelta(days=rng.randint(0, 5), minutes=rng.randint(0, 480))


def _past_review(visitatie) -> bool:
    return ORDER.index(VisitatieState(visitatie.state)) > ORDER.index(
        VisitatieState.KERNSTUKKEN_INGEDIEND)


def minimal_pdf(lines: list[str]) -> bytes:
    """Return a valid one-page PDF showing `lines` in Helvetica (hand-written, no library)."""
    text = b"".join(b"(%s) Tj 0 -24 Td " % _pdf_string(line) for line in lines)
    stream = b"BT /F1 14 Tf 72 770 Td " + text + b"ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


def _pdf_string(line: str) -> bytes:
    raw = line.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
