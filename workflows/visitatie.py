"""The states of a Visitatie; the transitions arrive with the lifecycle issue."""
from enum import StrEnum


class VisitatieState(StrEnum):
    GEPLAND = "gepland"
    VOORBEREIDING = "voorbereiding"
    KERNSTUKKEN_INGEDIEND = "kernstukken_ingediend"
    BEZOEK = "bezoek"
    CONCEPT_RAPPORT = "concept_rapport"
    WEDERHOOR = "wederhoor"
    VASTGESTELD = "vastgesteld"
    GEPUBLICEERD = "gepubliceerd"


ORDER = tuple(VisitatieState)

