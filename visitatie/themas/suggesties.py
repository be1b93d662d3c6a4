"""Theme suggestions for an uncoded finding, learned from the findings already coded.

The model: Dutch normalisation (lowercase, accents and punctuation stripped), a short stop-word
list of our own, the Snowball Dutch stemmer, TF-IDF over stem uni- and bigrams plus TF-IDF over
character 3-5-grams within words (Dutch compounds: "handhavingsstrategie" shares grams with
"handhaving"), and a multinomial logistic regression (scikit-learn, saga solver) whose class
probabilities are the scores. The "why" of a suggestion lists the stems that weighed most.
Training pairs are (text, theme), one per code of a coded finding. Everything runs in the
process: no Flask, no database, no network. Suggestions are advice; nothing here codes.
"""
import re
import threading
import time
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Hashable, Iterable, Sequence

import snowballstemmer

# numpy and scikit-learn are imported where they are used: importing scikit-learn takes
# seconds, which every app start (web worker, test run, other commands) would pay.

MIN_THEMAS = 2           # a classifier needs at least two themes to choose between
MIN_BEVINDINGEN = 20     # and enough coded findings to learn anything
TOP_K = 3
EXPLAIN_TERMS = 3
C_REGULARISATIE = 10.0

# Function words that say nothing about a theme (our own list, already without accents).
STOPWOORDEN = frozenset("""
aan al alle alleen als altijd andere ben bij binnen bovendien daar daarbij daarin daarmee
dan dat de deze die dit doen door dus een eens eigen elkaar en enkele er erg ertoe ervan
gaat geen geweest haar had heb hebben heeft hem het hier hij hoe hun iets ik in is je
kan kon kunnen maar me meer men met mij mijn moet moeten na naar net niet nog nu of om
omdat onder ons ook op over reeds te tegen toch toe tot u uit uw van veel voor want waren
was wat we wel werd wordt worden wie wij wil zal ze zeer zelf zich zij zijn zo zoals zonder
zou zouden
""".split())

_TOKEN = re.compile(r"[^\W_]+")
_local = threading.local()


def normalise(text: str) -> str:
    """Return `text` lowercased, without accents and with punctuation turned into spaces."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_TOKEN.findall(plain))


def stems(text: str) -> list[str]:
    """Return the Dutch stems of the words of `text` that are not stop words."""
    return [_stem(word) for word in normalise(text).split()
            if word not in STOPWOORDEN and len(word) > 1]


@lru_cache(maxsize=50_000)
def _stem(word: str) -> str:
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:  # Snowball stemmers keep state: one per thread
        stemmer = _local.stemmer = snowballstemmer.stemmer("dutch")
    return stemmer.stemWord(word)


@dataclass(frozen=True)
class Voorbeeld:
    """A coded finding to learn from: its text and the themes it is coded with."""

    tekst: str
    labels: frozenset


@dataclass(frozen=True)
class Suggestie:
    """A suggested theme: its id (any label in an evaluation), score 0..1, rank, and why."""

    thema_id: Hashable
    score: float
    rang: int
    termen: tuple[str, ...]


def can_learn(voorbeelden: Sequence[Voorbeeld]) -> bool:
    """Return whether there are enough coded findings and themes to learn from."""
    themas = {label for v in voorbeelden for label in v.labels}
    return len(voorbeelden) >= MIN_BEVINDINGEN and len(themas) >= MIN_THEMAS


def train(voorbeelden: Sequence[Voorbeeld]) -> "ThemaModel | None":
    """Return a model trained on `voorbeelden`, or None when there is too little to learn."""
    return fit(voorbeelden) if can_learn(voorbeelden) else None


def fit(voorbeelden: Sequence[Voorbeeld]) -> "ThemaModel":
    """Train on one (text, theme) pair per code, whatever the amount (needs ≥ 2 themes)."""
    import numpy as np
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import FeatureUnion

    texts = [v.tekst for v in voorbeelden for _label in sorted(v.labels, key=str)]
    labels = [label for v in voorbeelden for label in sorted(v.labels, key=str)]
    vectorizer = FeatureUnion([
        ("stammen", TfidfVectorizer(tokenizer=stems, token_pattern=None, lowercase=False,
                                    ngram_range=(1, 2), sublinear_tf=True)),
        ("tekens", TfidfVectorizer(analyzer="char_wb", preprocessor=normalise,
                                   ngram_range=(3, 5), sublinear_tf=True,
                                   # grams in one text only are noise, unless texts are few
                                   min_df=2 if len(texts) >= 50 else 1)),
    ])
    features = vectorizer.fit_transform(texts)
    classifier = LogisticRegression(C=C_REGULARISATIE, solver="saga", tol=1e-3, max_iter=1000,
                                    random_state=0)
    with warnings.catch_warnings():
        # A not fully converged fit still ranks themes well; advice, not a decision.
        warnings.simplefilter("ignore", ConvergenceWarning)
        classifier.fit(features, np.asarray(labels))  # ints (theme ids) or str (codes)
    return ThemaModel(vectorizer, classifier, len(voorbeelden))


class ThemaModel:
    """A trained suggester: ranks the themes it has seen for a text."""

    def __init__(self, vectorizer, classifier, n_bevindingen: int):
        self.vectorizer, self.classifier = vectorizer, classifier
        self.n_bevindingen = n_bevindingen
        self.classes = classifier.classes_.tolist()   # plain Python ids, not numpy scalars
        self.terms = vectorizer.transformer_list[0][1].get_feature_names_out()  # stems first

    @property
    def labels(self) -> list:
        return list(self.classes)

    @property
    def omschrijving(self) -> str:
        """A short description of the model, as recorded with a decision (≤ 200 chars)."""
        return (f"TF-IDF (Nederlandse stammen 1-2, tekens 3-5) + logistische regressie; "
                f"geleerd van {self.n_bevindingen} bevindingen, {len(self.labels)} thema's")

    def suggest(self, text: str, k: int = TOP_K, exclude: Iterable = ()) -> list[Suggestie]:
        """Return the `k` most likely themes for `text`, skipping the `exclude`d ones."""
        return self.suggest_many([text], k, [exclude])[0]

    def suggest_many(self, texts: Sequence[str], k: int = TOP_K,
                     excludes: Sequence[Iterable] | None = None) -> list[list[Suggestie]]:
        """Return the suggestions for several texts at once (one matrix product)."""
        if not texts:
            return []
        features = self.vectorizer.transform(texts)
        probabilities = self.classifier.predict_proba(features)
        excludes = excludes or [()] * len(texts)
        return [self._top(features[row], probabilities[row], set(excludes[row]), k)
                for row in range(len(texts))]

    def ranked(self, texts: Sequence[str]) -> list[list]:
        """Return, per text, every known theme from most to least likely (for evaluation)."""
        import numpy as np

        probabilities = self.classifier.predict_proba(self.vectorizer.transform(texts))
        return [[self.classes[i] for i in np.argsort(-row, kind="stable")]
                for row in probabilities]

    def _top(self, features, probabilities, exclude: set, k: int) -> list[Suggestie]:
        import numpy as np

        order = [i for i in np.argsort(-probabilities, kind="stable")
                 if self.classes[i] not in exclude][:k]
        return [Suggestie(self.classes[i], float(probabilities[i]), rank,
                          self._why(features, i)) for rank, i in enumerate(order, 1)]

    def _why(self, features, class_index: int) -> tuple[str, ...]:
        """The stem n-grams of the text that pushed this theme up most."""
        import numpy as np

        row = features.tocsr()
        in_stems = row.indices < len(self.terms)
        indices, values = row.indices[in_stems], row.data[in_stems]
        weights = values * self._coefficients(class_index)[indices]
        best = [indices[j] for j in np.argsort(-weights, kind="stable") if weights[j] > 0]
        return tuple(str(self.terms[j]) for j in best[:EXPLAIN_TERMS])

    def _coefficients(self, class_index: int):
        coef = self.classifier.coef_
        if coef.shape[0] == 1:  # two classes: one row, positive means the second class
            return coef[0] if class_index == 1 else -coef[0]
        return coef[class_index]


# --- evaluation on held-out coded findings ------------------------------------------------

@dataclass(frozen=True)
class Evaluatie:
    """Top-1/top-3 accuracy on a held-out part, with counts, timings and a baseline."""

    n_train: int
    n_test: int
    teksten_train: int
    teksten_test: int
    n_themas: int
    top1: float
    top3: float
    baseline_top1: float
    baseline_top3: float
    train_seconden: float
    voorspel_ms_per_bevinding: float
    gedeelde_teksten: int      # texts in both parts: always 0 (grouped split)


def split_grouped(voorbeelden: Sequence[Voorbeeld], test_size: float = 0.2, seed: int = 1
                  ) -> tuple[list[Voorbeeld], list[Voorbeeld]]:
    """Split into (train, test) by unique normalised text: a text never lands in both."""
    from sklearn.model_selection import GroupShuffleSplit

    groups = [normalise(v.tekst) for v in voorbeelden]
    splitter = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
    train_rows, test_rows = next(splitter.split(groups, groups=groups))
    return [voorbeelden[i] for i in train_rows], [voorbeelden[i] for i in test_rows]


def evaluate(voorbeelden: Sequence[Voorbeeld], test_size: float = 0.2, seed: int = 1
             ) -> Evaluatie:
    """Train on one part and measure top-1/top-3 accuracy on the held-out part.

    A prediction counts as correct when any true theme of the finding is the first / among
    the first three; a theme the training part never saw can only count as wrong.
    """
    train_part, test_part = split_grouped(voorbeelden, test_size, seed)
    start = time.perf_counter()
    model = fit(train_part)
    trained = time.perf_counter()
    ranked = model.ranked([v.tekst for v in test_part])
    predicted = time.perf_counter()
    majority = [label for label, _n in Counter(
        label for v in train_part for label in v.labels).most_common(TOP_K)]
    return Evaluatie(
        n_train=len(train_part), n_test=len(test_part),
        teksten_train=len({normalise(v.tekst) for v in train_part}),
        teksten_test=len({normalise(v.tekst) for v in test_part}),
        n_themas=len({label for v in voorbeelden for label in v.labels}),
        top1=_hit_rate(test_part, ranked, 1), top3=_hit_rate(test_part, ranked, TOP_K),
        baseline_top1=_hit_rate(test_part, [majority] * len(test_part), 1),
        baseline_top3=_hit_rate(test_part, [majority] * len(test_part), TOP_K),
        train_seconden=trained - start,
        voorspel_ms_per_bevinding=(predicted - trained) * 1000 / max(1, len(test_part)),
        gedeelde_teksten=len({normalise(v.tekst) for v in train_part}
                             & {normalise(v.tekst) for v in test_part}),
    )


def _hit_rate(test_part: Sequence[Voorbeeld], ranked: Sequence[list], k: int) -> float:
    hits = sum(bool(v.labels & set(order[:k])) for v, order in zip(test_part, ranked))
    return hits / len(test_part) if test_part else 0.0
