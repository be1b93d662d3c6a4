"""Search and filters of the public overview (a GET form: no CSRF, nothing changes)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Length, Optional

from visitatie.core.forms import OneLineSearchField
from visitatie.diensten.models import PROVINCIES
from visitatie.public.labels import STAND_LABELS


def _int_or_none(value):
    try:
        return int(value) if value not in (None, "", "None") else None
    except (TypeError, ValueError):
        return None


class PublicFilterForm(FlaskForm):
    class Meta:
        csrf = False

    q = OneLineSearchField(_l("Naam van de dienst"), validators=[Optional(), Length(max=100)])
    provincie = SelectField(_l("Provincie"), validators=[Optional()], validate_choice=False)
    stand = SelectField(_l("Stand"), validators=[Optional()], validate_choice=False)
    ronde = SelectField(_l("Ronde"), coerce=_int_or_none, validators=[Optional()],
                        validate_choice=False)

    def set_choices(self, rondes) -> None:
        """Fill the selects; the empty choice means 'all'."""
        self.provincie.choices = [SelectChoice("", _l("Alle provincies"))] + [
            SelectChoice(p, p) for p in PROVINCIES]
        self.stand.choices = [SelectChoice("", _l("Elke stand"))] + [
            SelectChoice(key, label) for key, label in STAND_LABELS.items()]
        self.ronde.choices = [SelectChoice("", _l("Alle rondes"))] + [
            SelectChoice(r.nummer, r.naam) for r in rondes]

    def criteria(self) -> dict:
        """Return the chosen filters, dropping values that are not among the choices."""
        provincie = self.provincie.data if self.provincie.data in PROVINCIES else None
        stand = self.stand.data if self.stand.data in STAND_LABELS else None
        return {"q": (self.q.data or "").strip()[:100], "provincie": provincie,
                "stand": stand, "ronde": self.ronde.data}
