"""The filters of the analysis pages and exports (a GET form): types, provincie, thema."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectField, SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional
from wtforms.widgets import CheckboxInput, ListWidget

from forms.bevindingen import thema_choice
from visitatie.analyse.matrix import TYPES, MatrixFilter
from visitatie.bevindingen.labels import TYPE_GROUP_LABELS
from visitatie.diensten.models import PROVINCIES


def _int_or_none(value):
    try:
        return int(value) if value not in (None, "", "None") else None
    except (TypeError, ValueError):
        return None


class AnalyseFilterForm(FlaskForm):
    class Meta:
        csrf = False

    type = SelectMultipleField(
        _l("Soorten"), validators=[Optional()], validate_choice=False,
        choices=[SelectChoice(t, TYPE_GROUP_LABELS[t]) for t in TYPES],
        widget=ListWidget(prefix_label=False), option_widget=CheckboxInput(),
        description=_l("Niets aangevinkt: alle soorten."))
    provincie = SelectField(
        _l("Provincie"), validators=[Optional()], validate_choice=False,
        choices=[SelectChoice("", _l("Alle provincies"))] + [SelectChoice(p, p)
                                                             for p in PROVINCIES])
    thema = SelectField(_l("Thema (met subthema's)"), coerce=_int_or_none,
                        validators=[Optional()], validate_choice=False)

    def set_choices(self, keuzes) -> None:
        self.thema.choices = [SelectChoice("", _l("Alle thema's"))] + [
            thema_choice(k) for k in keuzes]
        self._thema_ids = {k.thema.id for k in keuzes}

    def matrix_filter(self) -> MatrixFilter:
        """Return what to count; values that are not on offer are ignored."""
        types = tuple(t for t in TYPES if t in (self.type.data or ()))
        provincie = self.provincie.data if self.provincie.data in PROVINCIES else None
        thema = self.thema.data if self.thema.data in self._thema_ids else None
        return MatrixFilter(types=types, provincie=provincie,
                            thema_ids=(thema,) if thema else ())


def query_args(wanted: MatrixFilter) -> dict:
    """Return the URL arguments that repeat a filter (for links and exports)."""
    args = {}
    if wanted.types:
        args["type"] = list(wanted.types)
    if wanted.provincie:
        args["provincie"] = wanted.provincie
    if wanted.thema_ids:
        args["thema"] = wanted.thema_ids[0]
    return args
