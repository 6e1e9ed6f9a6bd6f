"""What the portal's permission checks share: each app says who may do what with its objects in its own `perms.py`
(`contracts.perms`, `actions.perms`...), asked by views, templates and exports alike."""

from django.core.exceptions import PermissionDenied


class Refusal(PermissionDenied):
    """A 403 whose French message says why, when the reason is the state of an object rather than the user's role
    (a closed contract): the 403 page shows the message instead of suggesting to check one's memberships."""
