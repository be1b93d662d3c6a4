"""Forms of the Rode draden rapportage: a new edition, its texts, its steps, klankbord comments."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    DateField, HiddenField, RadioField, SelectField, SelectMultipleField, TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from visitatie.core.forms import OneLineField
from visitatie.synthese.labels import SOORT_LABELS

MAX_TITEL = 300
MAX_TEKST = 100_000
MAX_OPMERKING = 5000
PLAIN_TEXT_HINT = _l("Platte tekst. Een witregel begint een nieuwe alinea.")
INVALID_DATE = _l("Vul een geldige datum in, bijvoorbeeld 2026-03-14.")


def _max(n: int):
    return Length(max=n, message=_l("Gebruik ten hoogste %(max)d tekens."))


class SyntheseCreateForm(FlaskForm):
    ronde_id = SelectField(_l("Ronde"), coerce=int, validate_choice=False,
                           validators=[InputRequired(_l("Kies de ronde."))])
    soort = RadioField(
        _l("Soort rapportage"), default="editie", validate_choice=False,
        choices=[SelectChoice(code, label) for code, label in SOORT_LABELS.items()],
        validators=[InputRequired(_l("Kies een editie of een tussentijdse rapportage."))])
    titel = OneLineField(_l("Titel"), validators=[
        DataRequired(_l("Vul de titel in.")), _max(MAX_TITEL)],
        description=_l("Bijvoorbeeld ‘Rode draden ronde 2’. Het webadres van de openbare "
                       "versie wordt van de titel afgeleid."))
    visitatie_ids = SelectMultipleField(
        _l("Visitaties (alleen bij een tussentijdse rapportage)"), coerce=int,
        validate_choice=False,
        description=_l("Een editie van de ronde gaat over alle visitaties van de ronde met "
                       "bevindingen; bij een tussentijdse rapportage kiest u ze hier."))

    def set_choices(self, rondes) -> None:
        self.ronde_id.choices = [SelectChoice(r.id, r.naam) for r in rondes]


class SyntheseTextsForm(FlaskForm):
    titel = OneLineField(_l("Titel"), validators=[
        DataRequired(_l("Vul de titel in.")), _max(MAX_TITEL)],
        description=_l("Het webadres van de openbare versie verandert niet mee."))
    inleiding = TextAreaField(_l("Inleiding"), validators=[Optional(), _max(MAX_TEKST)],
                              description=PLAIN_TEXT_HINT, render_kw={"rows": 10})
    integrale_conclusies = TextAreaField(
        _l("Integrale conclusies"), validators=[Optional(), _max(MAX_TEKST)],
        description=PLAIN_TEXT_HINT, render_kw={"rows": 14})
    version_id = HiddenField()


class SectieTekstForm(FlaskForm):
    tekst = TextAreaField(_l("Tekst van het hoofdstuk"), validators=[Optional(), _max(MAX_TEKST)],
                          description=PLAIN_TEXT_HINT, render_kw={"rows": 24})
    version_id = HiddenField()


class SyntheseTransitionForm(FlaskForm):
    opmerking = TextAreaField(_l("Opmerking (komt in de tijdlijn)"),
                              validators=[Optional(), _max(2000)])
    version_id = HiddenField()


class SyntheseVaststellenForm(FlaskForm):
    vastgesteld_op = DateField(
        _l("Vastgesteld op"), invalid_value_message=INVALID_DATE,
        validators=[InputRequired(_l("Vul de datum van de bestuursvergadering in."))],
        description=_l("De datum van de vergadering waarin het bestuur van Omgevingsdienst NL "
                       "de rapportage vaststelde; niet in de toekomst."))
    opmerking = TextAreaField(_l("Opmerking (komt in de tijdlijn)"),
                              validators=[Optional(), _max(2000)])
    version_id = HiddenField()


class BasisVerversenForm(FlaskForm):
    """The 'Bijwerken' button (visitaties and chapters): only the CSRF token."""


class OpmerkingForm(FlaskForm):
    tekst = TextAreaField(_l("Uw opmerking bij dit hoofdstuk"), validators=[
        DataRequired(_l("Vul uw opmerking in.")), _max(MAX_OPMERKING)], render_kw={"rows": 4})


class OpmerkingEditForm(FlaskForm):
    tekst = TextAreaField(_l("Uw opmerking"), validators=[
        DataRequired(_l("Vul uw opmerking in.")), _max(MAX_OPMERKING)], render_kw={"rows": 4})
    version_id = HiddenField()


class OpmerkingIntrekkenForm(FlaskForm):
    version_id = HiddenField()


class VerwerkingForm(FlaskForm):
    verwerking = RadioField(
        _l("Verwerking"), validate_choice=False,
        choices=[SelectChoice("overgenomen", _l("Overgenomen")),
                 SelectChoice("niet_overgenomen", _l("Niet overgenomen"))],
        validators=[InputRequired(_l("Kies of de opmerking is overgenomen of niet."))])
    reactie = TextAreaField(_l("Reactie van de auteurs"), validators=[
        Optional(), _max(MAX_OPMERKING)], render_kw={"rows": 3},
        description=_l("Verplicht bij ‘niet overgenomen’: waarom niet?"))
    version_id = HiddenField()
