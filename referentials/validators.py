"""Checks of the official identifiers the portal stores."""

from django.core.exceptions import ValidationError


def luhn_valid(digits: str) -> bool:
    """The Luhn checksum INSEE uses for SIREN numbers: from the right, every second digit doubled (minus 9 above
    9); the sum is a multiple of 10."""
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = int(char)
        if index % 2:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def validate_siren(value: str) -> None:
    """A SIREN is 9 digits whose Luhn checksum is right (a mistyped digit fails it)."""
    if not value:
        return
    if len(value) != 9 or not value.isdigit():
        raise ValidationError("Un SIREN compte exactement 9 chiffres, sans espace.", code="siren_format")
    if not luhn_valid(value):
        raise ValidationError(
            "Ce SIREN n'est pas valide (sa clé de contrôle ne correspond pas) : vérifiez les chiffres saisis.",
            code="siren_checksum",
        )
