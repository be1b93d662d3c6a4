"""The progress report form: a status and explanation per actie, and a reflection."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import FieldList, Form, FormField, HiddenField, SelectField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Length, Optional

from visitatie.verbeterplannen.labels import ACTIE_STATUS_LABELS
from workflows.verbeterplan import ActieStatus

MAX_TEKST = 5000
TOO_LONG = _l("Gebruik ten hoogste %(max)d tekens.")


def _int_or_none(value):
    try:
        return int(value) if value not in (None, "", "None") else None
    except (TypeError, ValueError):
        return None


def status_choices(statuses=tuple(ActieStatus)) -> list[SelectChoice]:
    """Return the choices for an actie's status, limited to `statuses`."""
    return [SelectChoice(ActieStatus(s).value, ACTIE_STATUS_LABELS[ActieStatus(s)])
            for s in statuses]


class VoortgangRegelForm(Form):
    """One actie in the report (a sub-form: the CSRF token sits on the outer form)."""

    actie_id = HiddenField(filters=[_int_or_none])
    status = SelectField(_l("Status"), choices=status_choices(),
                         invalid_choice_message=_l("Kies een van de statussen in de lijst."),
                         validators=[InputRequired(_l("Kies een status."))])
    toelichting = TextAreaField(
        _l("Toelichting"), description=_l("Kort: wat is er gedaan, wat staat er nog open? "
                                          "Verplicht als de actie is gestopt."),
        validators=[Optional(), Length(max=MAX_TEKST, message=TOO_LONG)])


class VoortgangEditForm(FlaskForm):
    regels = FieldList(FormField(VoortgangRegelForm))
    reflectie = TextAreaField(
        _l("Algemene reflectie"),
        description=_l("Hoe staat het verbeterplan er als geheel voor? Wat gaat goed, wat "
                       "vraagt aandacht?"),
        validators=[Optional(), Length(max=MAX_TEKST, message=TOO_LONG)])
    periode = HiddenField(filters=[_int_or_none])
    version_id = HiddenField(filters=[_int_or_none])
    opslaan = SubmitField(_l("Opslaan als concept"))
    indienen = SubmitField(_l("Opslaan en indienen"))

    def entry_for(self, actie_id: int):
        """Return the sub-form of one actie, or None."""
        return next((e.form for e in self.regels if e.form.actie_id.data == actie_id), None)
