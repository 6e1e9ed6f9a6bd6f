"""The domain error of the governance: the same shape as the contract lifecycle's, French sentences for the user."""

from contracts.lifecycle import LifecycleError


class GovernanceError(LifecycleError):
    """A change the governance refuses; `messages` are French sentences shown to the user as they are."""
