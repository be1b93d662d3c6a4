"""The ODNL monitoring view of all verbeterplannen of a ronde, with exports."""
from flask import Blueprint

bp = Blueprint("monitoring", __name__, url_prefix="/monitoring")
