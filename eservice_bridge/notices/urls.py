"""Public URLs of the notices app (names join the eservices namespace)."""

urlpatterns: list = []
