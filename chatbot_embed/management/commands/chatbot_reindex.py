"""Rebuild the chatbot's search index from the published content."""

from django.core.management.base import BaseCommand

from chatbot_embed.index.refresh import rebuild_all


class Command(BaseCommand):
    help = "Przebudowuje indeks czatbota i wyszukiwarki z opublikowanych treści."

    def handle(self, *args, **options) -> None:
        count = rebuild_all()
        self.stdout.write(self.style.SUCCESS(f"Zindeksowano dokumentów: {count}"))
