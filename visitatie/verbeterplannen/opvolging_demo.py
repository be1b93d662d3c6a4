"""Demo data: the committee rates the earlier aanbevelingen of a demo visitatie."""
from visitatie.verbeterplannen.opvolging_labels import DEELS, NIET, OPGEVOLGD
from visitatie.verbeterplannen.opvolging_operations import place_oordeel
from visitatie.verbeterplannen.opvolging_queries import load_opvolging

# Invented remarks per rating; "(demo)" marks them as demo texts.
DEMO_REMARKS = {
    OPGEVOLGD: (
        "De dienst heeft de aanbeveling voortvarend opgepakt; de werkwijze is vastgelegd "
        "en wordt toegepast. (demo)",
        "Uit de gesprekken en de stukken blijkt dat dit inmiddels staande praktijk is. (demo)",
        None,
    ),
    DEELS: (
        "Er is een plan van aanpak, maar de uitvoering loopt achter op de planning. (demo)",
        "De eerste stappen zijn gezet; de borging in de sturing ontbreekt nog. (demo)",
        "Opgepakt voor de VTH-taken, nog niet voor de basistaken asbest en bodem. (demo)",
    ),
    NIET: (
        "De actie is gestopt zonder dat er een alternatief voor in de plaats kwam. (demo)",
        "In de gesprekken kon niemand aangeven wie hiervoor verantwoordelijk is. (demo)",
    ),
}
WEIGHTS = ((OPGEVOLGD, 5), (DEELS, 3), (NIET, 2))


def add_demo_opvolging(session, visitatie, secretaris, rng) -> int:
    """Rate every earlier aanbeveling of the visitatie with an invented remark; return how many."""
    items = load_opvolging(session, visitatie).aanbevelingen
    choices, weights = zip(*WEIGHTS)
    for item in items:
        if item.oordeel is not None:
            continue
        oordeel = rng.choices(choices, weights=weights)[0]
        place_oordeel(session, secretaris, visitatie, item, oordeel,
                      rng.choice(DEMO_REMARKS[oordeel]))
    return len(items)
