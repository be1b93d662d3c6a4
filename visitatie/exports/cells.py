"""Spreadsheet cells that stay text: user text never becomes a formula (CSV/formula injection).

A text starting with one of FORMULA_STARTS is what Excel and LibreOffice read as a formula
(or, for tab and CR, what hides a formula behind whitespace). XLSX cells keep the text as
typed but are marked as text (string type and the quote prefix, so editing the cell does not
turn it into a formula either); CSV has no types, so such a text gets a leading apostrophe,
as OWASP advises.
"""
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def is_formula_like(value) -> bool:
    """Return whether a spreadsheet would read `value` as a formula."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def csv_text(value):
    """Return `value` for a CSV cell: an apostrophe before formula-like text."""
    return "'" + value if is_formula_like(value) else value


def keep_as_text(cells) -> None:
    """Mark the formula-like cells of a written row as text, showing the value unchanged."""
    for cell in cells:
        if is_formula_like(cell.value):
            cell.data_type = "s"
            cell.quotePrefix = True
