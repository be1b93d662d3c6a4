"""The demo findings and the Rode draden corpus: every theme covered, labels that exist."""
import re
from collections import Counter

from visitatie.bevindingen.models import BevindingType
from visitatie.reference.data import DIENSTEN_RONDE_1, THEMA_BOOM
from visitatie.reference.demo_texts import DEMO_FINDINGS
from visitatie.themas.corpus_rode_draden import CORPUS

CODES = {code for code, _naam, _children in THEMA_BOOM} | {
    sub for _code, _naam, children in THEMA_BOOM for sub, _sub_naam in children}
LEAVES = {sub for _c, _n, children in THEMA_BOOM for sub, _s in children} | {
    code for code, _naam, children in THEMA_BOOM if not children}


def test_demo_findings_cover_every_leaf_theme_at_least_five_times():
    counts = Counter(code for _tekst, _type, codes in DEMO_FINDINGS for code in codes)
    assert set(counts) <= CODES
    assert {leaf: counts[leaf] for leaf in LEAVES if counts[leaf] < 5} == {}
    assert 200 <= len(DEMO_FINDINGS) <= 260


def test_demo_findings_are_unique_mixed_and_name_no_dienst():
    texts = [tekst for tekst, _type, _codes in DEMO_FINDINGS]
    assert len(set(texts)) == len(texts)
    assert {kind for _t, kind, _c in DEMO_FINDINGS} == set(BevindingType)
    names = [naam for _slug, naam, *_rest in DIENSTEN_RONDE_1] + \
        [kort for _slug, _naam, kort, *_rest in DIENSTEN_RONDE_1]
    named = [t for t in texts for n in names if re.search(rf"\b{re.escape(n)}\b", t)]
    assert named == []


def test_rode_draden_corpus_uses_codebook_codes_and_unique_sentences():
    assert {code for _s, code in CORPUS} <= CODES
    sentences = [s for s, _code in CORPUS]
    assert len(sentences) == len(set(sentences)) == 384
    assert all(len(s.split()) >= 5 for s in sentences)
