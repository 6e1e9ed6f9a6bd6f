from django.contrib import admin

from governance.models import AgendaItem, Instance, Meeting, Member, Person, ReminderLog, Roadmap


class MemberInline(admin.TabularInline):
    model = Member
    fk_name = "instance"
    extra = 0
    autocomplete_fields = ["person", "organisation"]
    raw_id_fields = ["substitute_for"]


@admin.register(Instance)
class InstanceAdmin(admin.ModelAdmin):
    list_display = ["name", "kind", "contract", "departement", "region"]
    list_filter = ["kind"]
    search_fields = ["name"]
    raw_id_fields = ["contract", "axe"]
    inlines = [MemberInline]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["last_name", "first_name", "email", "job_title", "user"]
    search_fields = ["last_name", "first_name", "email"]
    raw_id_fields = ["user"]


class AgendaItemInline(admin.TabularInline):
    model = AgendaItem
    fk_name = "meeting"
    extra = 0
    fields = ["position", "title", "presenter", "duration_minutes", "approves_minutes_of"]
    raw_id_fields = ["approves_minutes_of"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    """Read-mostly: the status and the invitation's version move through governance/lifecycle.py only."""

    list_display = ["date", "instance", "title", "status"]
    list_filter = ["status", "instance__kind"]
    search_fields = ["title", "instance__name"]
    readonly_fields = ["status", "sequence", "calendar_uid", "convened_at", "postponed_from", "minutes_approved_on"]
    raw_id_fields = ["instance"]
    inlines = [AgendaItemInline]


@admin.register(Roadmap)
class RoadmapAdmin(admin.ModelAdmin):
    list_display = ["title", "instance", "contract"]
    raw_id_fields = ["instance", "contract"]


@admin.register(ReminderLog)
class ReminderLogAdmin(admin.ModelAdmin):
    list_display = ["sent_at", "meeting", "fiche", "email"]
    readonly_fields = ["meeting", "fiche", "recipient", "email", "sent_at"]
