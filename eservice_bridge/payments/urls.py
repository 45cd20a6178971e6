"""Public URLs of the payments app (names join the eservices namespace)."""

urlpatterns: list = []
