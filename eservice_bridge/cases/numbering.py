"""Case numbers per service and year: <symbol>.<n>.<year>, e.g. WO.4430.1.2026."""

from django.db import IntegrityError, transaction

from eservice_bridge.catalogue.models import Service

from .models import CaseCounter


def next_number(service: Service, year: int) -> str:
    """Must run inside a transaction: the counter row stays locked until it commits."""
    for _attempt in range(3):
        counter = CaseCounter.objects.select_for_update().filter(service=service, year=year).first()
        if counter is None:
            try:
                with transaction.atomic():
                    counter = CaseCounter.objects.create(service=service, year=year, last=0)
            except IntegrityError:
                continue
            counter = CaseCounter.objects.select_for_update().get(pk=counter.pk)
        counter.last += 1
        counter.save(update_fields=["last"])
        return f"{service.case_symbol}.{counter.last}.{year}"
    raise RuntimeError("Could not allocate a case number.")
