"""The year's amounts as the forms read and show them (the figures are data: ``legal_figures``)."""

import datetime as dt
from decimal import Decimal

from eservice_bridge import clock
from eservice_bridge.legal_figures.models import LegalFigures


def figures(day: dt.date | None = None) -> LegalFigures:
    """The legal figures in force on ``day`` (default: the e-services' today)."""
    return LegalFigures.objects.for_day(day or clock.today())


def pl_money(value: Decimal) -> str:
    return f"{value:.2f}".replace(".", ",")


def parse_decimal(value) -> Decimal | None:
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value).replace(",", ".").replace(" ", ""))
    except ArithmeticError:
        return None
