"""Polish function words and question words that carry no topic."""

_WORDS = """
    a aby ach albo ale ani aż bardzo bez bo by byc być był była było były będzie będą
    chce chcę chcialabym chciałabym chcialbym chciałbym ci cie cię co czy czyli dla do
    dlaczego dzien dobry gdy gdzie go i ich ile im in inne ja jak jaka jaki jakie jakich
    jakiej jako je jego jej jest jestem jeszcze jesli jeśli jezeli jeżeli juz już ka
    kiedy kto ktora która ktore które ktory który ma mam mamy mi miec mieć mnie moge mogę
    moj moja moje mój można mozna my na nad nam nas nasz nasza nasze nie niz niż no o od
    oraz po pod prosze proszę przez przy sa są się sie ta tak takze także tam te tego tej
    ten to tu ty tych tylko u w we wie wiem z za ze że zeby żeby np itp itd r
"""

STOPWORDS: frozenset[str] = frozenset(_WORDS.split())
