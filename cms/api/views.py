"""The /graphql endpoint, with the same limits as in-process execution."""

from django.http import HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from graphene_django.views import GraphQLView, HttpError
from graphql import GraphQLError

from .execution import mask_error, run_query


class LimitedGraphQLView(GraphQLView):
    """graphene-django's view with our pipeline: limits first, queries only, errors masked."""

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


graphql_view = csrf_exempt(LimitedGraphQLView.as_view(graphiql=True))
