"""The choice of ronde on the monitoring page (a GET form)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional


def _int_or_none(value):
    try:
        return int(value) if value not in (None, "", "None") else None
    except (TypeError, ValueError):
        return None


class MonitoringFilterForm(FlaskForm):
    class Meta:
        csrf = False

    ronde = SelectField(_l("Ronde"), coerce=_int_or_none, validators=[Optional()],
                        validate_choice=False)

    def set_ronde_choices(self, rondes) -> None:
        self.ronde.choices = [SelectChoice(r.id, r.naam) for r in rondes]
