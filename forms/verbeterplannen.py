"""Forms of the verbeterplan: its transitions and adoption, acties, statuses and evidence."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import (
    DateField, HiddenField, RadioField, SelectField, SelectMultipleField, TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, Optional

from visitatie.core.forms import OneLineField
from visitatie.uploads.validation import ACCEPT
from visitatie.verbeterplannen.labels import ACTIE_STATUS_LABELS, ORGAAN_LABELS

INVALID_DATE = _l("Vul een geldige datum in, bijvoorbeeld 2026-03-14.")
MAX_TEKST = 5000
BESLUIT_ACCEPT = ".pdf,.docx,.odt"


def _max(n: int):
    return Length(max=n, message=_l("Gebruik ten hoogste %(max)d tekens."))


class PlanCreateForm(FlaskForm):
    """The 'Verbeterplan opstellen' button: only the CSRF token."""


class PlanTransitionForm(FlaskForm):
    opmerking = TextAreaField(_l("Opmerking (komt in de tijdlijn)"),
                              validators=[Optional(), _max(2000)])
    version_id = HiddenField()


class PlanVaststellenForm(FlaskForm):
    vastgesteld_op = DateField(
        _l("Vastgesteld op"), invalid_value_message=INVALID_DATE,
        validators=[InputRequired(_l("Vul de datum van vaststelling in."))],
        description=_l("De datum van de vergadering waarin het bestuur het verbeterplan "
                       "vaststelde; niet in de toekomst."))
    vastgesteld_door = RadioField(
        _l("Vastgesteld door"),
        choices=[SelectChoice(code, label) for code, label in ORGAAN_LABELS.items()],
        invalid_choice_message=_l("Kies het Dagelijks Bestuur of het Algemeen Bestuur."),
        validate_choice=False)  # the operation refuses other values, in Dutch
    bestand = FileField(_l("Besluit"), validators=[
        FileRequired(_l("Kies het besluit om te uploaden."))],
        render_kw={"accept": BESLUIT_ACCEPT})
    opmerking = TextAreaField(_l("Opmerking (komt in de tijdlijn)"),
                              validators=[Optional(), _max(2000)])
    version_id = HiddenField()


class ActieEditForm(FlaskForm):
    titel = OneLineField(_l("Titel"), validators=[
        DataRequired(_l("Vul de titel van de actie in.")), _max(300)])
    omschrijving = TextAreaField(_l("Omschrijving"), validators=[Optional(), _max(MAX_TEKST)],
                                 render_kw={"rows": 4})
    aanbeveling_ids = SelectMultipleField(
        _l("Hoort bij aanbeveling"), coerce=int, validate_choice=False,
        validators=[DataRequired(_l("Kies ten minste één aanbeveling waar deze actie bij "
                                    "hoort."))],
        description=_l("Een actie kan bij meer aanbevelingen horen."))
    eigenaar_naam = OneLineField(_l("Eigenaar (naam)"), validators=[
        DataRequired(_l("Vul in wie eigenaar is van de actie.")), _max(200)],
        description=_l("De persoon die voor de actie verantwoordelijk is; een account is "
                       "niet nodig."))
    eigenaar_functie = OneLineField(_l("Functie van de eigenaar"),
                                    validators=[Optional(), _max(200)])
    middelen = TextAreaField(_l("Middelen"), validators=[Optional(), _max(MAX_TEKST)],
                             description=_l("Uren, budget of andere middelen."),
                             render_kw={"rows": 2})
    indicator = TextAreaField(_l("Indicator of beoogd resultaat"),
                              validators=[Optional(), _max(MAX_TEKST)],
                              description=_l("Waaraan ziet u dat de actie is gelukt?"),
                              render_kw={"rows": 2})
    planned_on = DateField(_l("Gereed op (gepland)"), invalid_value_message=INVALID_DATE,
                           validators=[InputRequired(_l("Vul de geplande datum in."))])
    version_id = HiddenField()

    def set_choices(self, aanbevelingen) -> None:
        self.aanbeveling_ids.choices = [
            SelectChoice(b.id, f"{b.nummer}. {_short(b.tekst)}") for b in aanbevelingen]


def _short(tekst: str, limit: int = 160) -> str:
    tekst = " ".join(tekst.split())
    return tekst if len(tekst) <= limit else tekst[:limit - 1].rstrip() + "…"


class ActieDeleteForm(FlaskForm):
    version_id = HiddenField()


class ActieStatusForm(FlaskForm):
    status = SelectField(
        _l("Nieuwe status"),
        choices=[SelectChoice(s.value, label) for s, label in ACTIE_STATUS_LABELS.items()],
        validators=[DataRequired(_l("Kies de nieuwe status."))], validate_choice=False)
    toelichting = TextAreaField(
        _l("Toelichting"), validators=[Optional(), _max(MAX_TEKST)], render_kw={"rows": 3},
        description=_l("Verplicht bij ‘gestopt’: waarom stopt de actie?"))
    version_id = HiddenField()


class ActieBewijsForm(FlaskForm):
    bestand = FileField(_l("Bewijsstuk"), validators=[
        FileRequired(_l("Kies een bestand om te uploaden."))],
        render_kw={"accept": ACCEPT})


class NietOvernemenForm(FlaskForm):
    motivering = TextAreaField(
        _l("Motivering"), render_kw={"rows": 5},
        validators=[DataRequired(_l("Schrijf waarom de dienst deze aanbeveling niet "
                                    "overneemt.")), _max(MAX_TEKST)])
    stand = HiddenField()


class NietOvernemenDeleteForm(FlaskForm):
    """The button that takes 'niet overgenomen' away: only the CSRF token."""
