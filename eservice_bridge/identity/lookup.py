"""Blind indexes of applicants (PESEL, e-mail) recomputed from the decrypted values."""

from eservice_bridge.protection.crypto import lookup_digest

from .models import Applicant


def refresh_lookup_digests() -> int:
    """Recompute every applicant's digests under ESERVICES_LOOKUP_KEY; returns rows changed.

    Needed only when the look-up key itself changes (encryption key rotation never changes a
    digest); harmless to run at any time.
    """
    changed = 0
    for applicant in Applicant.objects.only("pk", "pesel", "email", "pesel_digest").iterator():
        pesel_digest = lookup_digest(applicant.pesel, "pesel") if applicant.pesel else ""
        email_digest = Applicant.email_digest_for(applicant.email)
        if (pesel_digest, email_digest) != (applicant.pesel_digest, applicant.email_digest):
            Applicant.objects.filter(pk=applicant.pk).update(
                pesel_digest=pesel_digest, email_digest=email_digest
            )
            changed += 1
    return changed
