"""Forms of hoor en wederhoor: corrections, decisions and the bestuurlijke behandeling."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, RadioField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

MAX_TEKST = 5000


class CorrectieCreateForm(FlaskForm):
    tekst = TextAreaField(
        _l("Feitelijke correctie"),
        description=_l("Geef aan welke passage feitelijk onjuist of onvolledig is en wat er "
                       "volgens de dienst moet staan."),
        validators=[DataRequired(_l("Vul de correctie in.")),
                    Length(max=MAX_TEKST, message=_l("Gebruik ten hoogste %(max)d tekens."))])


class CorrectieEditForm(CorrectieCreateForm):
    """The same text field, on its own page."""


class CorrectieDeleteForm(FlaskForm):
    """A button that only carries the CSRF token."""


class ReactieSubmitForm(FlaskForm):
    """The confirmation of submitting the dienst's reaction."""


class CorrectieDecideForm(FlaskForm):
    besluit = RadioField(
        _l("Besluit"),
        choices=[SelectChoice("overgenomen", _l("Overgenomen")),
                 SelectChoice("niet_overgenomen", _l("Niet overgenomen"))],
        invalid_choice_message=_l("Kies of de correctie is overgenomen."))
    reden = TextAreaField(
        _l("Toelichting"),
        description=_l("Verplicht als de correctie niet is overgenomen."),
        validators=[Optional(), Length(max=MAX_TEKST,
                                       message=_l("Gebruik ten hoogste %(max)d tekens."))])
    seen = HiddenField()


INVALID_DATE = _l("Vul een geldige datum in, bijvoorbeeld 2026-03-14.")


class BehandelingRecordForm(FlaskForm):
    db_behandeld_op = DateField(_l("Behandeld in het Dagelijks Bestuur op"),
                                validators=[Optional()], invalid_value_message=INVALID_DATE)
    ab_behandeld_op = DateField(_l("Behandeld in het Algemeen Bestuur op"),
                                validators=[Optional()], invalid_value_message=INVALID_DATE)
    version_id = HiddenField()
