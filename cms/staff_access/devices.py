"""The second factor: a TOTP app (django-otp's TOTP device) and one-time recovery codes
(django-otp's static device). Secrets stay in django-otp's tables; nothing here logs them."""

from django.db import transaction
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

TOTP_NAME = "aplikacja"
RECOVERY_NAME = "kody zapasowe"
RECOVERY_CODES = 10


def all_devices(user) -> list:
    return list(devices_for_user(user, confirmed=True))


def has_second_factor(user) -> bool:
    return any(True for _device in devices_for_user(user, confirmed=True))


def confirmed_totp(user) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_totp(user) -> TOTPDevice:
    """The unconfirmed TOTP device being set up (created once, kept until confirmed)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=TOTP_NAME, confirmed=False)


@transaction.atomic
def confirm_totp(device: TOTPDevice) -> list[str]:
    """Turn the pending device on and issue fresh recovery codes (returned once, to show)."""
    TOTPDevice.objects.filter(user=device.user, confirmed=True).exclude(pk=device.pk).delete()
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    return new_recovery_codes(device.user)


@transaction.atomic
def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes; each works once."""
    static, _created = StaticDevice.objects.get_or_create(
        user=user, name=RECOVERY_NAME, defaults={"confirmed": True}
    )
    static.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=static, token=code) for code in codes)
    return codes


def remaining_recovery_codes(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


@transaction.atomic
def remove_second_factor(user) -> None:
    """An administrator's reset (a lost phone): the user sets the factor up again."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def verify(user, code: str):
    """The device that accepts the code (TOTP first, then a recovery code), or None.

    django-otp throttles each device after failures and refuses a TOTP code used before.
    """
    code = "".join(code.split())
    if not code or len(code) > 16 or not code.isascii() or not code.isalnum():
        return None
    for device in devices_for_user(user, confirmed=True, for_verify=True):
        if device.verify_token(code):
            return device
    return None


def current_code(device: TOTPDevice) -> str:
    """The code the device's authenticator app shows now (demo and tests)."""
    from django_otp.oath import totp

    code = totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits)
    return f"{code:0{device.digits}d}"


def totp_with_key(user, hex_key: str) -> TOTPDevice:
    """A confirmed TOTP device with a given key (the demo accounts' documented key)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=TOTP_NAME, key=hex_key, confirmed=True)
    return device
