"""Pages of a verbeterplan: the plan, its acties and its transitions."""
from flask import Blueprint

bp = Blueprint("verbeterplannen", __name__, url_prefix="/verbeterplannen")
