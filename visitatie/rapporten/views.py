"""Pages of the rapporten of a visitatie."""
from flask import Blueprint

bp = Blueprint("rapporten", __name__, url_prefix="/visitaties/<int:visitatie_id>/rapporten")
