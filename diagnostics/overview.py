"""The diagnostic in a few words, for the contract page (one query)."""

from dataclasses import dataclass

from diagnostics.enums import DiagnosticStatus
from diagnostics.models import Diagnostic


@dataclass
class DiagnosticOverview:
    contract: object
    diagnostics: list

    @property
    def reference(self):
        """The latest validated diagnostic, else the latest one (as traceability.reference_diagnostic)."""
        validated = [d for d in self.diagnostics if d.status == DiagnosticStatus.VALIDATED]
        return (validated or self.diagnostics or [None])[0]


def diagnostic_overview(contract) -> DiagnosticOverview:
    diagnostics = list(Diagnostic.objects.filter(contract=contract).order_by("-made_on", "-pk"))
    return DiagnosticOverview(contract, diagnostics)
