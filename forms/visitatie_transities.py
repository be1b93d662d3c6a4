"""The form behind every lifecycle button: an optional remark and the version seen."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import HiddenField, TextAreaField
from wtforms.validators import Length, Optional


class TransitionForm(FlaskForm):
    opmerking = TextAreaField(_l("Opmerking (komt in de tijdlijn)"),
                              validators=[Optional(), Length(max=2000, message=_l(
                                  "De opmerking mag ten hoogste %(max)d tekens zijn."))])
    version_id = HiddenField()
