from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from cls_portal.admin import FoldedSearchMixin, UserAdmin
from cls_portal.models import User
from contracts.models import (
    Avenant,
    Contract,
    ContractParty,
    ContractTransition,
    Invitation,
    Membership,
    Organisation,
)


@admin.register(Organisation)
class OrganisationAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "kind", "siren", "epci"]
    list_filter = ["kind"]
    search_fields = ["name", "siren"]
    autocomplete_fields = ["epci", "commune"]


class ContractPartyInline(admin.TabularInline):
    model = ContractParty
    extra = 0
    autocomplete_fields = ["organisation"]


class AvenantInline(admin.TabularInline):
    model = Avenant
    extra = 0
    readonly_fields = ["previous_end_date", "created_by"]


class ContractTransitionInline(admin.TabularInline):
    model = ContractTransition
    extra = 0
    readonly_fields = ["from_status", "to_status", "effective_on", "comment", "by", "at"]
    can_delete = False

    def has_add_permission(self, request, obj=None):
        # Transitions are written by the lifecycle functions only.
        return False


@admin.register(Contract)
class ContractAdmin(FoldedSearchMixin, SimpleHistoryAdmin):
    list_display = ["name", "departement", "generation", "status", "start_date", "end_date"]
    list_filter = ["status", "departement", "generation"]
    search_fields = ["name", "slug"]
    autocomplete_fields = ["previous", "porteur", "epcis", "communes"]
    # The status moves through the lifecycle only (contracts/lifecycle.py): its guards and its timeline.
    readonly_fields = ["status", "version", "created_at", "updated_at"]
    inlines = [ContractPartyInline, AvenantInline, ContractTransitionInline]


@admin.register(ContractParty)
class ContractPartyAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "contract", "role", "representative_name", "deliberation_date"]
    list_filter = ["role", "contract__departement"]
    search_fields = ["organisation__name", "contract__name", "representative_name"]
    autocomplete_fields = ["contract", "organisation"]


@admin.register(Avenant)
class AvenantAdmin(SimpleHistoryAdmin):
    list_display = ["__str__", "contract", "signed_on", "new_end_date"]
    list_filter = ["contract__departement"]
    search_fields = ["contract__name", "object"]
    autocomplete_fields = ["contract"]
    readonly_fields = ["previous_end_date", "created_by", "created_at"]


@admin.register(ContractTransition)
class ContractTransitionAdmin(admin.ModelAdmin):
    list_display = ["contract", "from_status", "to_status", "effective_on", "by", "at"]
    list_filter = ["to_status", "contract__departement"]
    search_fields = ["contract__name", "comment"]
    readonly_fields = ["contract", "from_status", "to_status", "effective_on", "comment", "by", "at"]

    def has_add_permission(self, request):
        return False


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["departement", "contract"]


# Memberships belong to contracts: the user admin of cls_portal gets their inline and filter here.
admin.site.unregister(User)


@admin.register(User)
class UserWithMembershipsAdmin(UserAdmin):
    list_filter = [*UserAdmin.list_filter, "memberships__role"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "departement", "contract", "created_at"]
    list_filter = ["role", "departement"]
    search_fields = ["user__email", "user__last_name", "contract__name", "departement__name"]
    autocomplete_fields = ["user", "departement", "contract"]
    list_select_related = ["user", "departement", "contract"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "full_name", "role", "contract", "invited_by", "sent_at", "expires_at", "accepted_at"]
    list_filter = ["role", ("accepted_at", admin.EmptyFieldListFilter), ("revoked_at", admin.EmptyFieldListFilter)]
    search_fields = ["email", "last_name", "contract__name"]
    list_select_related = ["contract", "invited_by"]
    # Invitations are sent, renewed and revoked from the habilitations page, which sends the e-mail with its link.
    readonly_fields = [f.name for f in Invitation._meta.fields]

    def has_add_permission(self, request):
        return False
