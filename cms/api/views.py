"""The /graphql endpoint, with the same limits as in-process execution and a per-client rate."""

from django.conf import settings
from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView, HttpError
from graphql import GraphQLError

from cms.clients.ratelimits import Limit, exceeded
from cms.input.json_body import too_big
from cms.input.text import contains_unsafe_text

from .execution import mask_error, run_query

# Per client (its real address behind the trusted proxy). Only this HTTP door counts: static
# builds run queries in-process (cms.api.execution) and are never limited.
PER_CLIENT = Limit("graphql:client", lambda: str(settings.GRAPHQL_RATE_LIMIT))


class LimitedGraphQLView(GraphQLView):
    """graphene-django's view with our pipeline: limits first, queries only, errors masked.

    GraphiQL (the in-browser IDE) only where ``GRAPHQL_GRAPHIQL`` allows it (never in production).
    """

    def dispatch(self, request, *args, **kwargs):
        self.graphiql = bool(settings.GRAPHQL_GRAPHIQL)
        if request.method in ("GET", "POST") and exceeded(request, PER_CLIENT):
            message = _("Zbyt wiele zapytań w krótkim czasie. Spróbuj ponownie za chwilę.")
            return JsonResponse(
                {"errors": [{"message": message}]},
                status=429,
                json_dumps_params={"ensure_ascii": False},
            )
        return super().dispatch(request, *args, **kwargs)

    def parse_body(self, request):
        """graphene's parsing with a size bound, Polish errors and no unsafe characters."""
        max_bytes = int(settings.GRAPHQL_MAX_BODY_BYTES)
        if too_big(request, max_bytes):
            raise HttpError(
                HttpResponse(status=413),
                _("Zapytanie jest zbyt duże (najwyżej %(n)d bajtów).") % {"n": max_bytes},
            )
        try:
            data = super().parse_body(request)
        except HttpError as exc:
            raise HttpError(
                HttpResponseBadRequest(),
                _("Nieprawidłowe zapytanie: oczekiwano danych JSON z polem „query”."),
            ) from exc
        except RecursionError as exc:
            raise HttpError(
                HttpResponseBadRequest(), _("Zapytanie jest zbyt zagnieżdżone.")
            ) from exc
        if contains_unsafe_text(data):
            raise HttpError(
                HttpResponseBadRequest(),
                _("Zapytanie zawiera niedozwolone znaki (np. znaki sterujące)."),
            )
        return data

    def execute_graphql_request(
        self, request, data, query, variables, operation_name, show_graphiql=False
    ):
        if not query:
            if show_graphiql:
                return None
            raise HttpError(HttpResponseBadRequest("Must provide query string."))
        return run_query(self.schema, query, variables, operation_name, context=request)

    @staticmethod
    def format_error(error):
        if isinstance(error, GraphQLError):
            return mask_error(error).formatted
        return {"message": str(error)}


graphql_view = csrf_exempt(LimitedGraphQLView.as_view())
