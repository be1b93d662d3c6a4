"""Forms to plan visitaties: create one, set its visit dates, compose its committee, filter
the dashboard."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import DateField, HiddenField, SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Optional

from visitatie.auth.roles import COMMITTEE_ROLES, ROLE_LABELS
from workflows.visitatie import ORDER

CONSECUTIVE_HINT = _l("Meestal twee opeenvolgende dagen; de tweede dag moet na de eerste "
                      "liggen.")


def _int_or_none(value):
    try:
        return int(value) if value not in (None, "", "None") else None
    except (TypeError, ValueError):
        return None


def _committee_role_choices():
    return [SelectChoice("", _l("— kies —"))] + [
        SelectChoice(r.value, ROLE_LABELS[r]) for r in COMMITTEE_ROLES]


class RondeChoiceForm(FlaskForm):
    """Pick the ronde before choosing a dienst (a GET form)."""

    class Meta:
        csrf = False

    ronde = SelectField(_l("Ronde"), coerce=_int_or_none, validators=[Optional()])

    def set_ronde_choices(self, rondes) -> None:
        self.ronde.choices = [SelectChoice(r.id, r.naam) for r in rondes]


class VisitatieCreateForm(FlaskForm):
    ronde_id = HiddenField()
    # The operation checks the dienst (valid in the ronde, not visited yet) with a clear message.
    dienst_id = SelectField(_l("Omgevingsdienst"), coerce=_int_or_none, validate_choice=False,
                            validators=[DataRequired(_l("Kies de omgevingsdienst."))])
    eerste_bezoekdag = DateField(_l("Eerste bezoekdag (optioneel)"), validators=[Optional()])
    tweede_bezoekdag = DateField(_l("Tweede bezoekdag (optioneel)"), validators=[Optional()],
                                 description=CONSECUTIVE_HINT)

    def set_dienst_choices(self, diensten) -> None:
        self.dienst_id.choices = [SelectChoice("", _l("— kies —"))] + [
            SelectChoice(d.id, d.naam) for d in diensten]


class VisitDatesEditForm(FlaskForm):
    eerste_bezoekdag = DateField(_l("Eerste bezoekdag"), validators=[
        DataRequired(_l("Vul de eerste bezoekdag in."))])
    tweede_bezoekdag = DateField(_l("Tweede bezoekdag"), description=CONSECUTIVE_HINT,
                                 validators=[DataRequired(_l("Vul de tweede bezoekdag in."))])
    version_id = HiddenField()


class CommitteeMemberAddForm(FlaskForm):
    user_id = SelectField(_l("Persoon"), coerce=_int_or_none,
                          invalid_choice_message=_l("Kies een persoon uit de lijst."),
                          validators=[DataRequired(_l("Kies een persoon."))])
    rol = SelectField(_l("Rol in de commissie"), choices=_committee_role_choices(),
                      invalid_choice_message=_l("Kies voorzitter, commissielid of secretaris."),
                      validators=[DataRequired(_l("Kies een rol."))])

    def set_user_choices(self, users, visited_dienst_id: int | None) -> None:
        self.user_id.choices = [SelectChoice("", _l("— kies —"))] + [
            SelectChoice(u.id, _person_label(u), optgroup=_group_label(u, visited_dienst_id))
            for u in users]


def _person_label(user) -> str:
    organisation = user.dienst.naam if user.dienst else user.functie
    return f"{user.naam} — {organisation}" if organisation else user.naam


def _group_label(user, visited_dienst_id: int | None) -> str:
    if user.dienst is None:
        return str(_l("Geen omgevingsdienst"))
    if user.dienst_id == visited_dienst_id:
        return str(_l("%(dienst)s (de bezochte dienst)", dienst=user.dienst.naam))
    return user.dienst.naam


class CommitteeMemberRemoveForm(FlaskForm):
    """An empty form: the remove button only carries the CSRF token."""


class DashboardFilterForm(FlaskForm):
    class Meta:
        csrf = False

    ronde = SelectField(_l("Ronde"), coerce=_int_or_none, validators=[Optional()])
    weergave = SelectField(_l("Welke visitaties"), choices=[
        SelectChoice("alle", _l("Alle visitaties van de ronde")),
        SelectChoice("mijn", _l("Alleen waarin ik in de commissie zit"))],
        validators=[Optional()])
    fase = SelectField(_l("Fase"), validators=[Optional()])
    lid = SelectField(_l("Commissielid"), coerce=_int_or_none, validators=[Optional()])

    def set_choices(self, rondes, members, state_label) -> None:
        self.ronde.choices = [SelectChoice(r.id, r.naam) for r in rondes]
        self.fase.choices = [SelectChoice("", _l("Alle fasen"))] + [
            SelectChoice(s.value, state_label(s.value)) for s in ORDER]
        self.lid.choices = [SelectChoice("", _l("Alle commissieleden"))] + [
            SelectChoice(user_id, naam) for user_id, naam in members]
