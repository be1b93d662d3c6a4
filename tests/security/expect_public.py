"""Authorization expectations of the public pages and the open data: open to everyone,
with or without login (public.index and public.openbaar are in the main table)."""
ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord", "auteur", "directeur_elders")


def _open_to_all(status=200) -> dict:
    return {"anoniem": status, **dict.fromkeys(ROLES, status)}


EXPECTED = {
    "public.dienst": _open_to_all(),
    "public.ronde": _open_to_all(),
    "public.document": _open_to_all(),     # the published report's PDF (world_public)
    "public.sitemap": _open_to_all(),
    "public.robots": _open_to_all(),
    "opendata.index": _open_to_all(),
    "opendata.overview_json": _open_to_all(),
    "opendata.overview_csv": _open_to_all(),
    "opendata.schema": _open_to_all(),
    "opendata.feed": _open_to_all(),
}
POST_FORBIDDEN: dict = {}   # no public route takes POST
