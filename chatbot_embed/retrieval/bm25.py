"""A compact Okapi BM25 over pre-analysed documents (pure Python; the corpus is small).

Per-term posting lists hold each document's final BM25 weight, so a query is a few dictionary
walks and additions.
"""

import math
from collections import Counter
from collections.abc import Sequence

K1 = 1.2
B = 0.75


class BM25:
    def __init__(self, documents: Sequence[Sequence[str]], k1: float = K1, b: float = B) -> None:
        self.size = len(documents)
        lengths = [len(d) for d in documents]
        average = (sum(lengths) / self.size) if self.size else 1.0
        frequencies: dict[str, list[tuple[int, int]]] = {}
        for number, terms in enumerate(documents):
            for term, count in Counter(terms).items():
                frequencies.setdefault(term, []).append((number, count))
        self.idf: dict[str, float] = {}
        self.postings: dict[str, list[tuple[int, float]]] = {}
        for term, docs in frequencies.items():
            idf = math.log(1 + (self.size - len(docs) + 0.5) / (len(docs) + 0.5))
            self.idf[term] = idf
            self.postings[term] = [
                (
                    number,
                    idf
                    * count
                    * (k1 + 1)
                    / (count + k1 * (1 - b + b * lengths[number] / (average or 1.0))),
                )
                for number, count in docs
            ]
        self.max_idf = math.log(1 + (self.size + 0.5) / 0.5) if self.size else 1.0

    def scores(self, weighted_terms: dict[str, float]) -> dict[int, float]:
        """Document number -> score for a query given as term -> weight."""
        result: dict[int, float] = {}
        for term, weight in weighted_terms.items():
            for number, value in self.postings.get(term, ()):
                result[number] = result.get(number, 0.0) + weight * value
        return result
