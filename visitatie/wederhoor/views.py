"""Pages of the wederhoor of a visitatie."""
from flask import Blueprint

bp = Blueprint("wederhoor", __name__, url_prefix="/visitaties/<int:visitatie_id>/wederhoor")
