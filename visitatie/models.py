"""Import every feature's models so the metadata is complete (for Alembic and tests).

Each feature keeps its own models.py; this module only gathers them.
"""
from visitatie.audit.models import AuditEvent  # noqa: F401
from visitatie.auth.models import RecoveryCode, RoleAssignment, User, UserSession  # noqa: F401
from visitatie.bevindingen.models import Bevinding, BevindingThema  # noqa: F401
from visitatie.diensten.models import (  # noqa: F401
    Dienst, DienstProvincie, RobuustheidCategorie, RobuustheidsOordeel,
)
from visitatie.documenten.models import GegenereerdDocument  # noqa: F401
from visitatie.gesprekken.models import Gesprek, GesprekDeelnemer, GesprekNotitie  # noqa: F401
from visitatie.kernstukken.models import KernstukDocument  # noqa: F401
from visitatie.mail.models import OutgoingMail  # noqa: F401
from visitatie.notificaties.models import Notificatie  # noqa: F401
from visitatie.rapporten.models import RapportSectie, RapportVersie, SectieCommentaar  # noqa: F401
from visitatie.rondes.models import KernstukType, Ronde  # noqa: F401
from visitatie.publicaties.models import Publicatie  # noqa: F401
from visitatie.synthese.models import KlankbordOpmerking, Synthese, SyntheseSectie  # noqa: F401
from visitatie.themas.models import (  # noqa: F401
    CodeWijziging, Codeboek, KaderThema, Thema, ThemaSuggestie, ThemaWijziging,
)
from visitatie.visitaties.models import Visitatie  # noqa: F401
from visitatie.wederhoor.models import WederhoorCorrectie  # noqa: F401
from visitatie.verbeterplannen.models import (  # noqa: F401
    AanbevelingReactie, Actie, ActieBewijs, ActieStatusWijziging, OpvolgingsOordeel,
    Verbeterplan, Voortgangsrapportage, VoortgangRegel,
)
