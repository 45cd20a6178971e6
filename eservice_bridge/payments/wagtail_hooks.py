"""Read-only Wagtail admin listings of payments and refunds for department and CUW staff."""

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies.base import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.units.staff import CUW_STAFF_GROUP, DEPARTMENT_STAFF_GROUP, is_department_staff

from .models import Payment, Refund


def sees_payments(user) -> bool:
    """Superusers, the department's staff and CUW (accounting); unit staff do not."""
    if is_department_staff(user):
        return True
    return (
        getattr(user, "is_authenticated", False)
        and user.is_active
        and user.groups.filter(name=CUW_STAFF_GROUP).exists()
    )


class ReadOnlyForFinanceStaff(BasePermissionPolicy):
    """Only "view"; nobody may add, change or delete a payment record through the admin."""

    def user_has_permission(self, user, action) -> bool:
        return action == "view" and sees_payments(user)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True) | Q(groups__name__in=[DEPARTMENT_STAFF_GROUP, CUW_STAFF_GROUP])
            )
            .distinct()
        )


register_permission_policy(Payment, ReadOnlyForFinanceStaff(Payment))
register_permission_policy(Refund, ReadOnlyForFinanceStaff(Refund))


class ReadOnlyViewSet(ModelViewSet):
    # The add/edit/delete views exist in Wagtail's URL set but the policy refuses them to all.
    form_fields: list[str] = []
    inspect_view_enabled = True


class PaymentViewSet(ReadOnlyViewSet):
    model = Payment
    icon = "doc-full"
    menu_label = _("Płatności")
    list_display = [
        "title",
        "amount",
        "status",
        "provider",
        "provider_reference",
        "created_at",
        "paid_at",
    ]
    list_filter = ["status", "provider"]
    search_fields = ["title", "provider_reference"]
    inspect_view_fields = [
        "public_id",
        "title",
        "amount",
        "currency",
        "status",
        "provider",
        "provider_reference",
        "created_at",
        "paid_at",
    ]


class RefundViewSet(ReadOnlyViewSet):
    model = Refund
    icon = "undo"
    menu_label = _("Zwroty opłat")
    list_display = [
        "payment",
        "amount",
        "reason",
        "status",
        "requested_at",
        "completed_at",
        "provider_reference",
    ]
    list_filter = ["status", "reason"]
    inspect_view_fields = [
        "public_id",
        "payment",
        "amount",
        "reason",
        "status",
        "requested_at",
        "completed_at",
        "provider_reference",
        "detail",
    ]


class PaymentsGroup(ModelViewSetGroup):
    items = (PaymentViewSet("eservice_payments"), RefundViewSet("eservice_refunds"))
    menu_label = _("Płatności e-usług")
    menu_icon = "doc-full"
    menu_order = 306


@hooks.register("register_admin_viewset")
def register_payments_viewsets():
    return PaymentsGroup()
