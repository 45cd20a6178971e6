"""``manage.py create_unit``: create (or update) a unit with its site, groups and workflow."""

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cms.home.unit_types import UnitType
from cms.units.provisioning import provision_unit, unit_hostname


class Command(BaseCommand):
    help = (
        "Tworzy jednostkę (stronę główną, serwis <slug>.<BASE_DOMAIN>, kolekcję plików, grupy "
        "redaktorów i moderatorów, obieg akceptacji). Ponowne uruchomienie niczego nie dubluje."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--slug", required=True, help="identyfikator, np. sp1")
        parser.add_argument("--name", required=True, help="pełna nazwa urzędowa")
        parser.add_argument("--short-name", required=True, help="nazwa skrócona, np. „SP 1”")
        parser.add_argument(
            "--type", required=True, dest="unit_type", help=f"typ: {', '.join(UnitType.values)}"
        )
        parser.add_argument("--rspo", default=None, help="numer RSPO")
        parser.add_argument("--email", default=None, help="adres e-mail sekretariatu")
        parser.add_argument("--phone", default=None, help="telefon sekretariatu")
        parser.add_argument("--address", default=None, help="ulica i numer")
        parser.add_argument("--postal-code", default=None, help="kod pocztowy 00-000")
        parser.add_argument("--patron", default=None, help="patron")
        parser.add_argument("--base-domain", default=None, help="domyślnie BASE_DOMAIN")

    def handle(self, *args: Any, **options: Any) -> None:
        optional = {
            "rspo_number": options["rspo"],
            "email": options["email"],
            "phone": options["phone"],
            "address": options["address"],
            "postal_code": options["postal_code"],
            "patron": options["patron"],
        }
        home_fields = {name: value for name, value in optional.items() if value is not None}
        try:
            unit, created = provision_unit(
                slug=options["slug"],
                official_name=options["name"],
                short_name=options["short_name"],
                unit_type=options["unit_type"],
                base_domain=options["base_domain"],
                **home_fields,
            )
        except ValueError as error:
            raise CommandError(str(error)) from error

        host = unit_hostname(unit.slug, options["base_domain"])
        if created:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Utworzono jednostkę „{unit}” ({unit.slug}): serwis http://{host}/, "
                    f"kolekcja „{unit.collection.name}”, grupy „{unit.editors_group.name}”, "
                    f"„{unit.moderators_group.name}” i „{unit.case_handlers_group.name}”, "
                    "obieg akceptacji."
                )
            )
        else:
            self.stdout.write(
                f"Jednostka „{unit}” ({unit.slug}) już istniała; dane uzgodniono (http://{host}/)."
            )
