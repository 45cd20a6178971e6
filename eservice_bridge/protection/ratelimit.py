"""The e-services' named rate limits (sign-in, e-mail links, submissions, uploads).

Counted by ``cms.clients.ratelimits.exceeded`` (django-ratelimit in the shared cache); without a
key a limit counts per client, by the client's real address behind the trusted proxy.
"""

from cms.clients.ratelimits import Limit

SIGN_IN = Limit("eservices:sign-in", "20/5m")
EMAIL_LINK = Limit("eservices:email-link", "5/15m")
SUBMISSION = Limit("eservices:submission", "10/5m")
UPLOAD = Limit("eservices:upload", "40/5m")
