"""Forms for the interview schedule: a gesprek with its participants, and notes."""
from datetime import time

from flask_babel import format_date
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, TextAreaField, TimeField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, Length, Optional, ValidationError

from visitatie.core.forms import OneLineField
from visitatie.gesprekken.labels import CATEGORIE_LABELS, NIVEAU_LABELS

EARLIEST, LATEST = time(7, 0), time(22, 0)
MAX_DEELNEMERS = 40
MAX_PART = 200
TIME_FORMATS = ["%H:%M", "%H:%M:%S"]


def _choices(labels: dict) -> list[SelectChoice]:
    return [SelectChoice("", _l("— kies —"))] + [
        SelectChoice(value, label) for value, label in labels.items()]


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def _time_field(label):
    return TimeField(label, format=TIME_FORMATS, validators=[
        DataRequired(_l("Vul de tijd in als uu:mm, bijvoorbeeld 09:30."))],
        invalid_value_message=_l("Vul de tijd in als uu:mm, bijvoorbeeld 09:30."))


def parse_deelnemer_line(line: str) -> tuple[str, str | None, str | None]:
    """Split 'Naam; functie; organisatie' into its parts; ValueError says what is wrong."""
    parts = [part.strip() for part in line.split(";")]
    if len(parts) > 3:
        raise ValueError(_l("te veel puntkomma's; gebruik de vorm Naam; functie; organisatie"))
    if not parts[0]:
        raise ValueError(_l("de naam ontbreekt; begin de regel met de naam"))
    if any(len(part) > MAX_PART for part in parts):
        raise ValueError(_l("een deel is langer dan %(n)s tekens", n=MAX_PART))
    parts += [""] * (3 - len(parts))
    return parts[0], parts[1] or None, parts[2] or None


def format_deelnemers(deelnemers) -> str:
    """Return participants as textarea lines 'Naam; functie; organisatie'."""
    lines = []
    for d in deelnemers:
        parts = [d.naam, d.functie or "", d.organisatie or ""]
        while parts[-1] == "":
            parts.pop()
        lines.append("; ".join(parts))
    return "\n".join(lines)


class GesprekEditForm(FlaskForm):
    dag = SelectField(_l("Bezoekdag"), coerce=_int_or_none, validate_choice=False,
                      validators=[AnyOf((1, 2), _l("Kies de bezoekdag."))])
    start_tijd = _time_field(_l("Begintijd"))
    eind_tijd = _time_field(_l("Eindtijd"))
    categorie = SelectField(_l("Soort gesprek"), choices=_choices(CATEGORIE_LABELS),
                            validate_choice=False, validators=[
                                AnyOf(list(CATEGORIE_LABELS), _l("Kies het soort gesprek."))])
    niveau = SelectField(_l("Niveau"), choices=_choices(NIVEAU_LABELS), validate_choice=False,
                         validators=[AnyOf(list(NIVEAU_LABELS),
                                           _l("Kies het niveau van het gesprek."))])
    onderwerp = OneLineField(_l("Onderwerp (niet verplicht)"), validators=[
        Optional(), Length(max=200, message=_l("Het onderwerp mag maximaal 200 tekens zijn."))])
    locatie = OneLineField(_l("Locatie (niet verplicht)"), validators=[
        Optional(), Length(max=200, message=_l("De locatie mag maximaal 200 tekens zijn."))])
    deelnemers = TextAreaField(
        _l("Deelnemers"), render_kw={"rows": 6},
        description=_l("Eén deelnemer per regel, in de vorm: Naam; functie; organisatie. "
                       "Functie en organisatie mogen leeg blijven."))
    version_id = HiddenField()

    parsed_deelnemers: list = []

    def set_dag_choices(self, dates: list) -> None:
        """Offer visit day 1 and 2, with their dates when the visit is planned."""
        self.dag.choices = [SelectChoice("", _l("— kies —"))] + [
            SelectChoice(n, _l("Dag %(n)s (%(datum)s)", n=n, datum=format_date(d, "full"))
                         if d else _l("Dag %(n)s", n=n)) for n, d in dates]

    def validate_start_tijd(self, field) -> None:
        if field.data and not EARLIEST <= field.data < LATEST:
            raise ValidationError(_l("De begintijd moet tussen 07:00 en 22:00 liggen."))

    def validate_eind_tijd(self, field) -> None:
        if field.data and not EARLIEST < field.data <= LATEST:
            raise ValidationError(_l("De eindtijd moet tussen 07:00 en 22:00 liggen."))
        if field.data and self.start_tijd.data and field.data <= self.start_tijd.data:
            raise ValidationError(_l("De eindtijd moet na de begintijd liggen."))

    def validate_deelnemers(self, field) -> None:
        parsed, errors = [], []
        for number, line in enumerate((field.data or "").splitlines(), start=1):
            if not line.strip():
                continue
            try:
                parsed.append(parse_deelnemer_line(line))
            except ValueError as error:
                errors.append(_l("Regel %(n)s van de deelnemers: %(fout)s.", n=number,
                                 fout=error.args[0]))
        if len(parsed) > MAX_DEELNEMERS:
            errors.append(_l("Vul maximaal %(n)s deelnemers in.", n=MAX_DEELNEMERS))
        self.parsed_deelnemers = parsed
        if errors:
            field.errors.extend(str(e) for e in errors[:-1])
            raise ValidationError(str(errors[-1]))


class GesprekGehoudenForm(FlaskForm):
    gehouden = HiddenField(validators=[AnyOf(["ja", "nee"])])


class GesprekDeleteForm(FlaskForm):
    """An empty form: the delete button only carries the CSRF token."""


class GesprekNotitieEditForm(FlaskForm):
    tekst = TextAreaField(_l("Notitie"), render_kw={"rows": 8}, validators=[
        DataRequired(_l("Schrijf de notitie.")),
        Length(max=20000, message=_l("De notitie mag maximaal 20.000 tekens zijn."))])
    version_id = HiddenField()
