"""The cases' domain signals: how the apps above cases (payments, notices, retention, indicators)
learn what happened to a case without the cases app knowing them.

* ``case_moved(sender=Case, case, previous, target, request, applicant, staff_user)`` — every
  transition, inside its transaction (``workflow.move``). Payments refund on withdrawal,
  retention records when a case ended, indicators count.
* ``decision_issued(sender=Decision, decision, request)`` — after the decision and its
  transition are committed (``delivery.issue_decision``). Notices tell the applicant.
* ``information_requested(sender=InformationRequest, info, request)`` — after the request and
  its transition are committed (``delivery.request_information``). Notices tell the applicant.
* ``case_erasing(sender=Case, case)`` — inside the retention run's transaction, before the case
  row is deleted. Each app deletes or detaches what it holds about the case. A receiver returns
  how many of its records it keeps, detached, for the books (payments), or ``None``.

Receivers with side effects outside the database (e-mail, a payment provider) defer them with
``transaction.on_commit``.
"""

from django.dispatch import Signal

case_moved = Signal()
decision_issued = Signal()
information_requested = Signal()
case_erasing = Signal()
