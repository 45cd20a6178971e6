"""A case erased by its retention rule: its payments stay for the books, detached from it.

Payments are accounting records (Accounting Act) and hold no personal data of the payer, so
nothing in them needs stripping; ``Payment.case`` is set to NULL before the case row goes.
"""

from .models import Payment


def detach_from_case(sender, case, **kwargs) -> int:
    """Receiver of ``cases.signals.case_erasing``; returns how many payments were detached."""
    return Payment.objects.filter(case=case).update(case=None)
