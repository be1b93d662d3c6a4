"""Forms with which the secretaris records bevindingen, and the theme filter."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, SelectMultipleField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional

from visitatie.bevindingen.labels import TYPE_LABELS
from visitatie.rapporten.composition import CONCLUSIE_TITEL, INLEIDING_TITEL


def _int_or_none(value):
    return int(value) if value not in (None, "", "None") else None


def thema_choice(keuze) -> SelectChoice:
    """Return a theme as a choice "code naam", indented by its depth in the tree."""
    indent = "\u00a0\u00a0\u00a0" * keuze.depth
    return SelectChoice(keuze.thema.id, indent + keuze.thema.label,
                        render_kw={"data-diepte": keuze.depth})


class BevindingEditForm(FlaskForm):
    type = SelectField(
        _l("Soort"), validators=[DataRequired(_l("Kies de soort."))],
        choices=[SelectChoice(t.value, label) for t, label in TYPE_LABELS.items()],
        description=_l("Aanbevelingen krijgen vanzelf een volgnummer."))
    tekst = TextAreaField(_l("Tekst"), validators=[
        DataRequired(_l("Vul de tekst in.")), Length(max=5000)], render_kw={"rows": 5})
    thema_ids = SelectMultipleField(
        _l("Thema's"), coerce=int, validators=[Optional()],
        description=_l("Kies een of meer thema's uit het codeboek van deze ronde. Mag ook "
                       "later: dan staat de bevinding als ‘nog niet gecodeerd’ in de lijst."))
    rapport_sectie = SelectField(
        _l("Sectie in het rapport"), validators=[Optional()],
        description=_l("Leeg laten: de sectie van het hoofdthema van het eerste thema."))
    version_id = HiddenField()

    def set_choices(self, keuzes, current_section: str | None = None) -> None:
        self.thema_ids.choices = [thema_choice(k) for k in keuzes]
        sections = [INLEIDING_TITEL] + [k.thema.naam for k in keuzes if k.depth == 0]
        sections.append(CONCLUSIE_TITEL)
        if current_section and current_section not in sections:
            sections.append(current_section)  # chosen before the codebook changed
        self.rapport_sectie.choices = [
            SelectChoice("", _l("— vanzelf, naar het eerste thema —"))
        ] + [SelectChoice(s, s) for s in sections]


class BevindingDeleteForm(FlaskForm):
    version_id = HiddenField()


class BevindingFilterForm(FlaskForm):
    class Meta:
        csrf = False

    thema = SelectField(_l("Thema"), coerce=_int_or_none, validators=[Optional()])

    def set_choices(self, keuzes) -> None:
        self.thema.choices = [SelectChoice("", _l("Alle thema's"))] + [
            thema_choice(k) for k in keuzes]
