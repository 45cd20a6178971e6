"""Public URLs of the household app (names join the eservices namespace)."""

urlpatterns: list = []
