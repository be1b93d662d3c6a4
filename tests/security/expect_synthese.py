"""Authorization expectations of the Rode draden rapportage (visitatie/synthese/*views.py).

world_synthese.py puts an edition of world.ronde at the klankbordgroep: beheerder, bestuur,
the ronde's auteur and klankbord read it; only the authors write (closed now: 409), only the
klankbord comments and changes its own comment, only the bestuur adopts (not now: 409). The
public pages show a published edition to everyone; a concept never appears there.
"""
ROLES = ("beheerder", "bestuur", "voorzitter", "commissielid", "secretaris", "directeur",
         "contactpersoon", "klankbord", "auteur", "directeur_elders")
READERS = ("beheerder", "bestuur", "klankbord", "auteur")
AUTHORS = ("beheerder", "auteur")


def _only(*allowed, status=200) -> dict:
    """`allowed` roles get `status`, the other roles 403, anonymous is sent to log in."""
    return {"anoniem": 302, **{role: status if role in allowed else 403 for role in ROLES}}


def _everyone(status=200) -> dict:
    return {"anoniem": status, **dict.fromkeys(ROLES, status)}


def _except(*roles) -> tuple:
    return tuple(role for role in ROLES if role not in roles)


POST_ONLY = {"anoniem": 405, **dict.fromkeys(ROLES, 405)}

EXPECTED = {
    "synthese.index": _only(*READERS),
    "synthese.create": _only(*AUTHORS),
    "synthese.show": _only(*READERS),
    "synthese.section": _only(*READERS),
    "synthese.adopt": _only("bestuur", status=409),          # not a concept now
    "synthese.edit_texts": _only(*AUTHORS, status=409),      # at the klankbord: closed
    "synthese.edit_comment": _only("klankbord"),             # the member's own open comment
    "synthese.transition": POST_ONLY,
    "synthese.refresh": POST_ONLY,
    "synthese.add_comment": POST_ONLY,
    "synthese.withdraw_comment": POST_ONLY,
    "synthese.process_comment": POST_ONLY,
    "synthese_public.index": _everyone(),
    "synthese_public.show": _everyone(),
    "synthese_public.show_version": _everyone(),
    "synthese_public.pdf": _everyone(),
}

POST_FORBIDDEN = {
    "synthese.create": _except(*AUTHORS),
    "synthese.transition": _except("beheerder"),      # publiceren: the beheerder's step
    "synthese.adopt": _except("bestuur"),
    "synthese.edit_texts": _except(*AUTHORS),
    "synthese.refresh": _except(*AUTHORS),
    "synthese.section": _except(*AUTHORS),
    "synthese.add_comment": _except("klankbord"),
    "synthese.edit_comment": _except("klankbord"),
    "synthese.withdraw_comment": _except("klankbord"),
    "synthese.process_comment": _except(*AUTHORS),
}
