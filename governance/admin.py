from django.contrib import admin

from governance.models import Instance, Member, Person


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
