"""Forms with which a beheerder manages accounts and roles."""
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import BooleanField, HiddenField, SelectField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, Length, Optional

from visitatie.auth.roles import ROLE_LABELS, Rol
from visitatie.core.forms import OneLineEmailField, OneLineField



def _no_choice():
    return SelectChoice("", _l("— kies —"))


def _role_choices(first_label):
    return [SelectChoice("", first_label)] + [
        SelectChoice(r.value, label) for r, label in ROLE_LABELS.items()]


def _int_or_none(value):
    return int(value) if value not in (None, "", "None") else None


class UserFilterForm(FlaskForm):
    class Meta:
        csrf = False

    q = OneLineField(_l("Naam of e-mailadres"), validators=[Optional(), Length(max=100)])
    rol = SelectField(_l("Rol"), choices=_role_choices(_l("Alle rollen")),
                      validators=[Optional()])


class UserCreateForm(FlaskForm):
    naam = OneLineField(_l("Naam"), validators=[
        DataRequired(_l("Vul de naam in.")), Length(max=200)])
    email = OneLineEmailField(_l("E-mailadres"), validators=[
        DataRequired(_l("Vul het e-mailadres in.")),
        Email(_l("Vul een geldig e-mailadres in, bijvoorbeeld naam@omgevingsdienst.nl.")),
        Length(max=254)])
    functie = OneLineField(_l("Functie"), validators=[Optional(), Length(max=200)])
    dienst_id = SelectField(
        _l("Werkzaam bij"), coerce=_int_or_none, validators=[Optional()],
        description=_l("Bepaalt onder meer dat iemand niet in de commissie kan zitten die "
                       "de eigen dienst visiteert."))

    def set_dienst_choices(self, diensten) -> None:
        self.dienst_id.choices = [
            SelectChoice("", _l("— geen omgevingsdienst (bijv. ODNL of extern) —"))
        ] + [SelectChoice(d.id, d.naam) for d in diensten]


class UserEditForm(UserCreateForm):
    is_actief = BooleanField(_l("Account is actief"))
    version_id = HiddenField()


class RoleAssignForm(FlaskForm):
    rol = SelectField(_l("Rol"), choices=_role_choices(_l("— kies —")),
                      validators=[DataRequired(_l("Kies een rol."))])
    dienst_id = SelectField(_l("Dienst (voor directeur en contactpersoon)"),
                            coerce=_int_or_none, validators=[Optional()])
    visitatie_id = SelectField(
        _l("Visitatie (voor voorzitter, commissielid en secretaris)"),
        coerce=_int_or_none, validators=[Optional()])
    ronde_id = SelectField(_l("Ronde (voor de klankbordgroep)"), coerce=_int_or_none,
                           validators=[Optional()])

    def set_choices(self, diensten, visitaties, rondes) -> None:
        self.dienst_id.choices = [_no_choice()] + [SelectChoice(d.id, d.naam) for d in diensten]
        self.visitatie_id.choices = [_no_choice()] + [
            SelectChoice(v.id, v.dienst.naam, optgroup=v.ronde.naam) for v in visitaties]
        self.ronde_id.choices = [_no_choice()] + [SelectChoice(r.id, r.naam) for r in rondes]

    @property
    def chosen_rol(self) -> Rol:
        return Rol(self.rol.data)


class ConfirmForm(FlaskForm):
    """An empty form: a button that only carries the CSRF token."""


class TwoFactorResetForm(FlaskForm):
    """Remove someone's second factor, once the beheerder has checked who is asking."""
    bevestigd = BooleanField(validators=[DataRequired(_l(
        "Vink eerst aan dat u hebt vastgesteld dat het verzoek echt van deze persoon komt. "
        "De tweestapsverificatie is niet verwijderd."))])

    def name_person(self, naam: str) -> None:
        """Put the person's name in the checkbox's label."""
        self.bevestigd.label.text = _(
            "Ik heb vastgesteld dat dit verzoek echt van %(naam)s komt", naam=naam)
