"""Forms for the concept report: section text, comments, version steps, comparison."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, SelectField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, Optional


class SectieEditForm(FlaskForm):
    tekst = TextAreaField(
        _l("Tekst"), validators=[Optional(), Length(max=100_000)], render_kw={"rows": 20},
        description=_l("Platte tekst. Een witregel begint een nieuwe alinea."))
    version_id = HiddenField()


class SectieCommentaarForm(FlaskForm):
    tekst = TextAreaField(_l("Uw commentaar"), validators=[
        DataRequired(_l("Vul uw commentaar in.")), Length(max=5000)], render_kw={"rows": 3})


class VersieActionForm(FlaskForm):
    """A step on a version (review, approve, new werkversie): carries its version_id."""

    version_id = HiddenField()


class RapportCreateForm(FlaskForm):
    """The button that makes the first version: only the CSRF token."""


class VersieVergelijkForm(FlaskForm):
    class Meta:
        csrf = False

    van = SelectField(_l("Oude versie"), coerce=int, validators=[Optional()])
    naar = SelectField(_l("Nieuwe versie"), coerce=int, validators=[Optional()])

    def set_choices(self, versions) -> None:
        choices = [SelectChoice(v.nummer, _l("versie %(n)s", n=v.nummer)) for v in versions]
        self.van.choices = choices
        self.naar.choices = list(choices)
