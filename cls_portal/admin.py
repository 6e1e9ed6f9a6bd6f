from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from cls_portal.models import User
from cls_portal.text import fold


class FoldedSearchMixin:
    """Also search the model's folded `search_name`, so that « Orée » finds what « oree » finds on every database."""

    def get_search_results(self, request, queryset, search_term):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        words = fold(search_term).split()
        if words:
            folded = queryset
            for word in words:
                folded = folded.filter(search_name__contains=word)
            results = results | folded
        return results, may_have_duplicates


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    ordering = ["last_name", "first_name", "email"]
    list_display = ["email", "first_name", "last_name", "organisation", "is_active", "is_superuser", "last_login"]
    list_filter = ["is_active", "is_superuser"]
    search_fields = ["email", "first_name", "last_name", "organisation"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Identité", {"fields": ["first_name", "last_name", "organisation", "job_title"]}),
        ("Droits", {"fields": ["is_active", "is_staff", "is_superuser"]}),
        ("Dates", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [(None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]})]
