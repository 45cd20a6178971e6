"""Demo data: the default retention rules and the department's permission to edit them."""

from eservice_bridge.retention.defaults import grant_department_permissions, seed_retention_rules


def seed_demo() -> str:
    created, missing = seed_retention_rules()
    granted = grant_department_permissions()
    return (
        f"Reguły przechowywania: utworzono {created}, usług bez reguły {missing}"
        f"{'' if granted else ' (brak grupy Wydziału – uprawnień nie nadano)'}."
    )
