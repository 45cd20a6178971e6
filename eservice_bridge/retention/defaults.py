# ruff: noqa: E501  (Polish texts are kept on one line each)
"""Default retention rules of the catalogue's services and who edits them (idempotent).

Rules already in the database are never overwritten: staff may have changed them. Values marked
"(do weryfikacji)" are common practice, not a checked source (see docs/retention.md).
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from cms.units.staff import DEPARTMENT_STAFF_GROUP
from eservice_bridge.catalogue.models import Service

from .models import RetentionKind, RetentionRule

ARCHIVE_LAW = (
    "Ustawa z dnia 14 lipca 1983 r. o narodowym zasobie archiwalnym i archiwach; rozporządzenie "
    "Prezesa Rady Ministrów z dnia 18 stycznia 2011 r. w sprawie instrukcji kancelaryjnej, "
    "jednolitych rzeczowych wykazów akt oraz instrukcji w sprawie organizacji i zakresu działania "
    "archiwów zakładowych; art. 5 ust. 1 lit. e RODO."
)
VERIFY = " (do weryfikacji z instrukcją kancelaryjną i JRWA urzędu)"


def _archival(category: str, years: int, what: str) -> dict:
    return {
        "kind": RetentionKind.ARCHIVAL,
        "archival_category": category,
        "period_years": years,
        "description": (
            f"{what} – kategoria archiwalna {category}{VERIFY}: dane przechowujemy przez "
            f"{years} lat liczonych od 1 stycznia roku następującego po zakończeniu sprawy, "
            "potem są usuwane."
        ),
        "legal_basis": ARCHIVE_LAW,
    }


DEFAULT_RULES: dict[str, dict] = {
    "rekrutacja": {
        "kind": RetentionKind.RECRUITMENT,
        "archival_category": "",
        "period_years": 1,
        "description": "Dane dzieci przyjętych przechowuje jednostka do końca okresu uczęszczania dziecka do przedszkola lub szkoły. Dane kandydatów nieprzyjętych przechowujemy przez rok od rozstrzygnięcia (albo od wycofania lub zakończenia sprawy bez przyjęcia), chyba że na rozstrzygnięcie dyrektora wniesiono skargę do sądu administracyjnego i postępowanie nie zakończyło się prawomocnym wyrokiem – wtedy do jego zakończenia.",
        "legal_basis": "Art. 160 ustawy z dnia 14 grudnia 2016 r. – Prawo oświatowe; art. 6 ust. 1 lit. c RODO.",
    },
    "stypendium-szkolne": _archival("B10", 10, "Decyzje w sprawie stypendium szkolnego"),
    "zasilek-szkolny": _archival("B10", 10, "Decyzje w sprawie zasiłku szkolnego"),
    "dowoz-ucznia-niepelnosprawnego": _archival(
        "B5", 5, "Umowy o zwrot kosztów dowozu ucznia niepełnosprawnego"
    ),
    "duplikat-swiadectwa": _archival("B5", 5, "Wnioski o duplikaty świadectw i legitymacji"),
    "dofinansowanie-mlodocianych": _archival(
        "B10", 10, "Decyzje o dofinansowaniu kształcenia młodocianych (pomoc de minimis)"
    ),
    "pismo-ogolne": _archival("B5", 5, "Pisma ogólne i odpowiedzi"),
}

STAFF_PERMISSIONS = ("view_retentionrule", "add_retentionrule", "change_retentionrule")


@transaction.atomic
def seed_retention_rules() -> tuple[int, int]:
    """Create the default rule of every catalogue service lacking one; (created, missing)."""
    created = 0
    for service in Service.objects.filter(retention_rule__isnull=True):
        values = DEFAULT_RULES.get(service.form_key) or DEFAULT_RULES.get(service.slug)
        if values is None:
            continue  # an unknown service: left without a rule, so the task reports it
        RetentionRule.objects.create(service=service, **values)
        created += 1
    missing = Service.objects.filter(retention_rule__isnull=True).count()
    return created, missing


def grant_department_permissions(group: Group | None = None) -> bool:
    """Department staff edit the rules in the admin (no delete: a service must keep one)."""
    group = group or Group.objects.filter(name=DEPARTMENT_STAFF_GROUP).first()
    if group is None:
        return False
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="eservice_retention", codename__in=STAFF_PERMISSIONS
        )
    )
    return True


def grant_to_department(sender, department: Group, **kwargs) -> None:
    """Receiver of ``cms.units.signals.department_groups_ensured``."""
    grant_department_permissions(department)
