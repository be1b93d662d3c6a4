"""Dutch names of the kinds of bevinding, singular and as a group heading."""
from flask_babel import lazy_gettext as _l

from visitatie.bevindingen.models import BevindingType

TYPE_LABELS = {
    BevindingType.STERK_PUNT: _l("Sterk punt"),
    BevindingType.BEVINDING: _l("Bevinding"),
    BevindingType.AANBEVELING: _l("Aanbeveling"),
}

TYPE_GROUP_LABELS = {
    BevindingType.STERK_PUNT: _l("Sterke punten"),
    BevindingType.BEVINDING: _l("Bevindingen"),
    BevindingType.AANBEVELING: _l("Aanbevelingen"),
}
