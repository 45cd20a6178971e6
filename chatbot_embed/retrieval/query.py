"""Query analysis: stems, missing diacritics, typos and folded prefixes mapped to index terms."""

from dataclasses import dataclass, field

from ..text.analysis import content_tokens, prefix_term, stem_term
from ..text.normalise import fold, has_diacritics

PREFIX_WEIGHT = 0.35
TYPO_WEIGHT = 0.8
MIN_TYPO_LENGTH = 5


def deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


@dataclass
class Vocabulary:
    """What the index knows about surface forms, used to interpret a query."""

    terms: set[str]
    surface_terms: dict[str, set[str]]  # folded surface form -> stem terms
    deletion_index: dict[str, set[str]] = field(default_factory=dict)

    @classmethod
    def build(cls, terms: set[str], surface_terms: dict[str, set[str]]) -> "Vocabulary":
        index: dict[str, set[str]] = {}
        for surface in surface_terms:
            if len(surface) >= MIN_TYPO_LENGTH and surface.isalpha():
                for variant in deletions(surface) | {surface}:
                    index.setdefault(variant, set()).add(surface)
        return cls(terms=terms, surface_terms=surface_terms, deletion_index=index)

    def near_surfaces(self, folded: str) -> set[str]:
        """Known surface forms one edit (insert, delete, substitute, swap) away."""
        found: set[str] = set()
        for variant in deletions(folded) | {folded}:
            found |= self.deletion_index.get(variant, set())
        return {s for s in found if abs(len(s) - len(folded)) <= 1}


@dataclass
class QueryToken:
    """One word of the question and the weighted index terms it stands for."""

    surface: str
    terms: dict[str, float]


def analyse_query(text: str, vocabulary: Vocabulary) -> list[QueryToken]:
    result = []
    for token in content_tokens(text):
        folded = fold(token)
        terms: dict[str, float] = {}
        known = vocabulary.surface_terms.get(folded)
        if known:
            # Covers exact forms and forms typed without diacritics ("wrzesnia" -> "września").
            for term in known:
                terms[term] = 1.0
        else:
            stemmed = stem_term(token) if has_diacritics(token) or token.isalpha() else token
            if stemmed in vocabulary.terms:
                terms[stemmed] = 1.0
            elif folded in vocabulary.terms:
                terms[folded] = 1.0
            elif len(folded) >= MIN_TYPO_LENGTH:
                for surface in vocabulary.near_surfaces(folded):
                    for term in vocabulary.surface_terms[surface]:
                        terms.setdefault(term, TYPO_WEIGHT)
        prefix = prefix_term(token)
        if prefix and prefix in vocabulary.terms:
            terms.setdefault(prefix, PREFIX_WEIGHT)
        result.append(QueryToken(surface=token, terms=terms))
    return result
