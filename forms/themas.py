"""Forms of the theme codebook (beheerder) and of recoding findings (Rode draden authors)."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import (
    BooleanField, HiddenField, IntegerField, SelectField, SelectMultipleField, TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from forms.bevindingen import thema_choice
from visitatie.bevindingen.labels import TYPE_LABELS
from visitatie.core.forms import OneLineField


def _int_or_none(value):
    return int(value) if value not in (None, "", "None") else None


def _max(n: int):
    return Length(max=n, message=_l("Gebruik ten hoogste %(max)d tekens."))


def _parent_choices(keuzes) -> list[SelectChoice]:
    return [SelectChoice("", _l("— geen: een hoofdthema —"))] + [thema_choice(k)
                                                                  for k in keuzes]


class CodeboekCreateForm(FlaskForm):
    """The 'Codeboek aanmaken' button: only the CSRF token."""


class ThemaFieldsForm(FlaskForm):
    code = OneLineField(_l("Code"), validators=[DataRequired(_l("Vul de code in.")), _max(20)],
                       description=_l("Uniek in het codeboek, bijvoorbeeld 4.8."))
    naam = OneLineField(_l("Naam"), validators=[DataRequired(_l("Vul de naam in.")), _max(200)])
    omschrijving = TextAreaField(_l("Omschrijving"), validators=[Optional(), _max(5000)],
                                 description=_l("Wat onder dit thema valt; helpt bij het "
                                                "coderen."), render_kw={"rows": 3})
    kader = SelectField(_l("Thema van het visitatiekader"), validators=[Optional()],
                        validate_choice=False)

    def set_kader_choices(self, kader_themas) -> None:
        self.kader.choices = [SelectChoice("", _l("— niet gekoppeld —"))] + [
            SelectChoice(k.code, f"{k.code} — {k.titel}") for k in kader_themas]


class ThemaCreateForm(ThemaFieldsForm):
    parent_id = SelectField(_l("Bovenliggend thema"), coerce=_int_or_none,
                            validators=[Optional()], validate_choice=False)

    def set_choices(self, keuzes, kader_themas) -> None:
        self.parent_id.choices = _parent_choices(keuzes)
        self.set_kader_choices(kader_themas)


class ThemaEditForm(ThemaFieldsForm):
    version_id = HiddenField()


class ThemaMoveForm(FlaskForm):
    parent_id = SelectField(_l("Nieuw bovenliggend thema"), coerce=_int_or_none,
                            validators=[Optional()], validate_choice=False)
    positie = IntegerField(
        _l("Plaats"), validators=[Optional(), NumberRange(
            min=1, max=999, message=_l("Vul een plaats in van 1 tot en met 999."))],
        description=_l("1 is de eerste plaats; leeg laten: als laatste."))
    version_id = HiddenField()

    def set_choices(self, keuzes) -> None:
        self.parent_id.choices = _parent_choices(keuzes)


class ThemaMergeChooseForm(FlaskForm):
    class Meta:
        csrf = False

    doel = SelectField(_l("Samenvoegen met"), coerce=_int_or_none,
                       validators=[DataRequired(_l("Kies het thema om mee samen te voegen."))],
                       validate_choice=False,
                       description=_l("Dit thema gaat op in het gekozen thema."))

    def set_choices(self, keuzes) -> None:
        self.doel.choices = [SelectChoice("", _l("— kies —"))] + [thema_choice(k)
                                                                  for k in keuzes]


class ThemaMergeConfirmForm(FlaskForm):
    doel_id = HiddenField()
    version_id = HiddenField()
    doel_version_id = HiddenField()


class CoderingFilterForm(FlaskForm):
    class Meta:
        csrf = False

    dienst = SelectField(_l("Omgevingsdienst"), coerce=_int_or_none, validators=[Optional()])
    type = SelectField(_l("Soort"), validators=[Optional()], choices=[
        SelectChoice("", _l("Alle soorten"))] + [
        SelectChoice(t.value, label) for t, label in TYPE_LABELS.items()])
    thema = SelectField(_l("Thema"), coerce=_int_or_none, validators=[Optional()])
    ongecodeerd = BooleanField(_l("Alleen nog niet gecodeerd"))

    def set_choices(self, diensten, keuzes) -> None:
        self.dienst.choices = [SelectChoice("", _l("Alle diensten"))] + [
            SelectChoice(d.id, d.naam) for d in diensten]
        self.thema.choices = [SelectChoice("", _l("Alle thema's"))] + [
            thema_choice(k) for k in keuzes]


class RecodeForm(FlaskForm):
    thema_ids = SelectMultipleField(
        _l("Thema's"), coerce=int, validate_choice=False,
        validators=[DataRequired(_l("Kies ten minste één thema."))],
        description=_l("Hoofdthema's vet, subthema's ingesprongen eronder."))
    version_id = HiddenField()

    def set_choices(self, keuzes) -> None:
        self.thema_ids.choices = [thema_choice(k) for k in keuzes]
