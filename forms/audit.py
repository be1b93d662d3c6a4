"""The filters of the audit trail: who, which action, which kind of object, which days."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional, ValidationError

from visitatie.audit.labels import ACTION_LABELS, object_type_label

SYSTEM = "systeem"
INVALID_DATE = _l("Vul een geldige datum in, bijvoorbeeld 2026-03-14.")


class AuditFilterForm(FlaskForm):
    class Meta:
        csrf = False  # a GET search form

    actor = SelectField(_l("Wie"), validators=[Optional()], validate_choice=False)
    actie = SelectField(_l("Handeling"), validators=[Optional()], validate_choice=False)
    object_type = SelectField(_l("Soort object"), validators=[Optional()],
                              validate_choice=False)
    van = DateField(_l("Vanaf (datum)"), validators=[Optional()],
                    invalid_value_message=INVALID_DATE)
    tot = DateField(_l("Tot en met (datum)"), validators=[Optional()],
                    invalid_value_message=INVALID_DATE)

    def set_choices(self, users, object_types) -> None:
        self.actor.choices = [SelectChoice("", _l("Iedereen")),
                              SelectChoice(SYSTEM, _l("Het systeem (geen persoon)"))] + [
            SelectChoice(str(u.id), f"{u.naam} ({u.email})") for u in users]
        self.actie.choices = [SelectChoice("", _l("Alle handelingen"))] + sorted(
            (SelectChoice(code, str(label)) for code, label in ACTION_LABELS.items()),
            key=lambda choice: choice.label.lower())
        self.object_type.choices = [SelectChoice("", _l("Alle soorten"))] + [
            SelectChoice(kind, object_type_label(kind)) for kind in object_types]

    def validate_tot(self, field) -> None:
        if field.data and self.van.data and field.data < self.van.data:
            raise ValidationError(_l("De einddatum ligt vóór de begindatum."))

    def actor_filter(self) -> tuple[bool, int | None]:
        """Return (filter on actor?, actor id); the system is the actor None."""
        value = (self.actor.data or "").strip()
        if value == SYSTEM:
            return True, None
        if value.isdecimal() and int(value) < 2**31:
            return True, int(value)
        return False, None
