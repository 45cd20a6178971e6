"""Re-encrypt all personal data under the newest key (after adding one to the key list)."""

import re

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from eservice_bridge.applications import uploads
from eservice_bridge.identity.lookup import refresh_lookup_digests
from eservice_bridge.protection.conversion import encrypted_columns, rotate_all


class Command(BaseCommand):
    help = (
        "Re-encrypt every encrypted column and every stored attachment under the first key of "
        "ESERVICES_ENCRYPTION_KEY and refresh the applicants' look-up digests "
        "(ESERVICES_LOOKUP_KEY). Safe to run again; afterwards the old keys can be removed."
    )

    def handle(self, *args, **options) -> None:
        try:
            with transaction.atomic():
                values = rotate_all(connection)
                digests = refresh_lookup_digests()
        except ValueError as error:
            raise CommandError(
                "Nie można odczytać części zaszyfrowanych danych żadnym z kluczy "
                "ESERVICES_ENCRYPTION_KEY. Dodaj brakujący (stary) klucz na koniec listy "
                "i uruchom polecenie ponownie; niczego nie zmieniono."
            ) from error
        files = 0
        directory = uploads.storage_dir()
        for path in sorted(directory.iterdir()):
            if re.fullmatch(r"[0-9a-f]{32}\.bin", path.name):
                try:
                    files += uploads.rotate(path.name)
                except ValueError as error:
                    raise CommandError(
                        f"Nie można odczytać pliku {path.name} żadnym z kluczy "
                        "ESERVICES_ENCRYPTION_KEY; pliki przed nim są już przeszyfrowane."
                    ) from error
        tables = len(encrypted_columns())
        self.stdout.write(
            self.style.SUCCESS(
                f"Przeszyfrowano {sum(values.values())} wartości w {tables} tabelach "
                f"i {files} plików załączników; odświeżono {digests} skrótów wyszukiwania."
            )
        )
