from django.urls import path, register_converter

from actions.views import children, documents, excel, fiches, plan


class NumberConverter:
    """Axe and fiche numbers: "1", "1.2", "1.2.3"."""

    regex = r"\d+(?:\.\d+)*"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value


register_converter(NumberConverter, "num")

app_name = "actions"
urlpatterns = [
    path("<slug:slug>/", plan.plan, name="plan"),
    path("<slug:slug>/actions-groupees/", plan.bulk, name="bulk"),
    path("<slug:slug>/export.xlsx", excel.export, name="export"),
    path("<slug:slug>/import/", excel.import_plan, name="import"),
    path("<slug:slug>/import/<int:pk>/confirmer/", excel.import_confirm, name="import_confirm"),
    path("<slug:slug>/import/<int:pk>/axe/", excel.import_default_axe, name="import_default_axe"),
    path("<slug:slug>/axes/nouveau/", plan.axe_create, name="axe_create"),
    path("<slug:slug>/axes/<num:number>/modifier/", plan.axe_edit, name="axe_edit"),
    path("<slug:slug>/axes/<num:number>/renumeroter/", plan.axe_renumber, name="axe_renumber"),
    path("<slug:slug>/fiches/nouvelle/", fiches.fiche_create, name="fiche_create"),
    path("<slug:slug>/fiches/<num:number>/", fiches.fiche_detail, name="fiche"),
    path("<slug:slug>/fiches/<num:number>/modifier/", fiches.fiche_edit, name="fiche_edit"),
    path("<slug:slug>/fiches/<num:number>/suivi/", fiches.fiche_follow_up, name="fiche_follow_up"),
    path("<slug:slug>/fiches/<num:number>/copier/", fiches.fiche_duplicate, name="fiche_duplicate"),
    path("<slug:slug>/fiches/<num:number>/deplacer/", fiches.fiche_move, name="fiche_move"),
    path("<slug:slug>/fiches/<num:number>/supprimer/", fiches.fiche_delete, name="fiche_delete"),
    path(
        "<slug:slug>/fiches/<num:number>/documents/<int:pk>/telecharger/",
        documents.document_download,
        name="document",
    ),
    path("<slug:slug>/fiches/<num:number>/<str:kind_name>/ajouter/", children.child_form, name="child_create"),
    path("<slug:slug>/fiches/<num:number>/<str:kind_name>/<int:pk>/modifier/", children.child_form, name="child_edit"),
    path(
        "<slug:slug>/fiches/<num:number>/<str:kind_name>/<int:pk>/supprimer/",
        children.child_delete,
        name="child_delete",
    ),
]
