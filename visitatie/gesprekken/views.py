"""Pages of the gesprekken of a visitatie."""
from flask import Blueprint

bp = Blueprint("gesprekken", __name__, url_prefix="/visitaties/<int:visitatie_id>/gesprekken")
