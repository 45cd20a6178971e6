"""A compact Okapi BM25 over pre-analysed documents (pure Python; the corpus is small).

Per-term posting lists hold each document's final BM25 weight, so a query is a few dictionary
walks and additions.
"""

import math
from collections import Counter
from collections.abc import Collection, Sequence

K1 = 1.2
B = 0.75


class BM25:
    def __init__(
        self,
        documents: Sequence[Sequence[str]],
        groups: Sequence[object] | None = None,
        k1: float = K1,
        b: float = B,
    ) -> None:
        """``groups`` (one key per document, e.g. its site) lets a query skip whole groups."""
        self.size = len(documents)
        lengths = [len(d) for d in documents]
        average = (sum(lengths) / self.size) if self.size else 1.0
        frequencies: dict[str, list[tuple[int, int]]] = {}
        for number, terms in enumerate(documents):
            for term, count in Counter(terms).items():
                frequencies.setdefault(term, []).append((number, count))
        self.idf: dict[str, float] = {}
        self.postings: dict[str, dict[object, list[tuple[int, float]]]] = {}
        groups = groups if groups is not None else [None] * self.size
        for term, docs in frequencies.items():
            idf = math.log(1 + (self.size - len(docs) + 0.5) / (len(docs) + 0.5))
            self.idf[term] = idf
            grouped: dict[object, list[tuple[int, float]]] = {}
            for number, count in docs:
                weight = (
                    idf
                    * count
                    * (k1 + 1)
                    / (count + k1 * (1 - b + b * lengths[number] / (average or 1.0)))
                )
                grouped.setdefault(groups[number], []).append((number, weight))
            self.postings[term] = grouped
        self.max_idf = math.log(1 + (self.size + 0.5) / 0.5) if self.size else 1.0
        self.mean_idf = sum(self.idf.values()) / len(self.idf) if self.idf else 1.0

    def scores(
        self, weighted_terms: dict[str, float], groups: Collection[object] | None = None
    ) -> dict[int, float]:
        """Document number -> score for a query given as term -> weight (only ``groups``)."""
        result: dict[int, float] = {}
        for term, weight in weighted_terms.items():
            grouped = self.postings.get(term)
            if not grouped:
                continue
            for group, postings in grouped.items():
                if groups is not None and group not in groups:
                    continue
                for number, value in postings:
                    result[number] = result.get(number, 0.0) + weight * value
        return result
