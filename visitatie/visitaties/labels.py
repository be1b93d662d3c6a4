"""Dutch names of the visitatie states, for display."""
from flask_babel import lazy_gettext as _l

from workflows.visitatie import VisitatieState

STATE_LABELS = {
    VisitatieState.GEPLAND: _l("Gepland"),
    VisitatieState.VOORBEREIDING: _l("Voorbereiding"),
    VisitatieState.KERNSTUKKEN_INGEDIEND: _l("Kernstukken ingediend"),
    VisitatieState.BEZOEK: _l("Bezoek"),
    VisitatieState.CONCEPT_RAPPORT: _l("Conceptrapport"),
    VisitatieState.WEDERHOOR: _l("Hoor en wederhoor"),
    VisitatieState.VASTGESTELD: _l("Vastgesteld"),
    VisitatieState.GEPUBLICEERD: _l("Gepubliceerd"),
}


def state_label(state: str) -> str:
    """Return the Dutch name of a visitatie state."""
    return str(STATE_LABELS[VisitatieState(state)])
