"""The contract document's preview, and the editing of the article templates of a région or a département."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from contracts.models import Contract
from contracts.views.common import contract_crumbs, get_contract
from documents import perms
from documents.articles import inherited, resolve, save_template
from documents.contract_document import build
from documents.forms import ArticleTemplateForm, NewArticleForm, PreviewContractForm
from documents.models import ArticleTemplate
from documents.placeholders import BLOCK_PLACEHOLDERS, INLINE_PLACEHOLDERS
from referentials.models import Departement, Region

SCOPES = {"departement": Departement, "region": Region}


def contract_preview(request, slug):
    """The document as it will be rendered, in the page: problems of the article texts first."""
    contract = get_contract(request, slug, check=perms.can_preview_contract_document)
    avenant = None
    if request.GET.get("avenant"):
        avenant = contract.avenants.filter(number=request.GET["avenant"]).first()
        if avenant is None:
            raise Http404("Cet avenant n'existe pas.")
    as_amended = request.GET.get("version") != "signe"
    document = build(contract, avenant=avenant, as_amended=as_amended)
    return render(
        request,
        "documents/contract_preview.html",
        {
            "contract": contract,
            "document": document,
            "doc": document.data(),
            "avenant": avenant,
            "as_amended": as_amended,
            "avenants": contract.avenants.order_by("number"),
            "can_edit_templates": perms.can_edit_templates_of(request.user, contract.departement),
            "crumbs": contract_crumbs(contract),
        },
    )


def template_list(request):
    """Per département the user may write for: its articles, in order, and where each text comes from."""
    departements = list(perms.editable_departements(request.user))
    if not departements:
        raise PermissionDenied
    templates = list(
        ArticleTemplate.objects.filter(departement__in=departements)
        | ArticleTemplate.objects.filter(region__in={d.region_id for d in departements})
    )
    scopes = []
    for departement in departements:
        mine = [t for t in templates if t.departement_id == departement.pk or t.region_id == departement.region_id]
        scopes.append(
            {
                "departement": departement,
                "articles": resolve(departement, templates=mine),
                "removed": [t for t in mine if not t.active],
            }
        )
    return render(
        request,
        "documents/template_list.html",
        {"scopes": scopes, "regions": perms.editable_regions(request.user), "new_form": NewArticleForm()},
    )


def _scope(request, scope_kind, code):
    model = SCOPES.get(scope_kind)
    if model is None:
        raise Http404
    scope = get_object_or_404(model, pk=code)
    if not perms.can_edit_templates_of(request.user, scope):
        raise Http404
    return scope


def template_edit(request, scope_kind, code, key):
    """Write the text of article `key` for a département or a région; « Prévisualiser » shows it with a contract's
    data without saving."""
    scope = _scope(request, scope_kind, code)
    lookup = {"departement": scope} if scope_kind == "departement" else {"region": scope}
    template = ArticleTemplate.objects.filter(key=key, **lookup).first()
    base = inherited(scope, key)
    if template is None:
        template = ArticleTemplate(key=key, **lookup)
        if base is not None:
            template.kind, template.heading, template.body, template.position = (
                base.kind,
                base.heading,
                base.body,
                base.position,
            )
    contracts = Contract.objects.filter(
        **({"departement": scope} if scope_kind == "departement" else {"departement__region": scope})
    ).order_by("name")
    form = ArticleTemplateForm(request.POST or None, instance=template)
    preview_form = PreviewContractForm(request.POST or None, contracts=contracts)
    preview = None
    if request.method == "POST" and form.is_valid():
        edited = form.save(commit=False)
        if "preview" in request.POST:
            contract = (preview_form.is_valid() and preview_form.cleaned_data["contract"]) or contracts.first()
            preview = _preview_article(contract, edited)
        else:
            try:
                save_template(edited, by=request.user)
            except ValidationError as error:
                _add_errors(form, error)
            else:
                messages.success(request, f"Le texte de l'article « {edited.heading} » est enregistré pour {scope}.")
                return redirect("documents:article_templates")
    return render(
        request,
        "documents/template_form.html",
        {
            "form": form,
            "preview_form": preview_form,
            "preview": preview,
            "template": template,
            "scope": scope,
            "base": base,
            "inline_placeholders": INLINE_PLACEHOLDERS,
            "block_placeholders": BLOCK_PLACEHOLDERS,
            "crumbs": [{"url": reverse("documents:article_templates"), "title": "Modèles d'articles"}],
        },
    )


def _add_errors(form, error):
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, errors in error.message_dict.items():
        form.add_error(field if field in form.fields else None, errors)


def _preview_article(contract, edited):
    """The edited article, rendered with `contract`'s data among the other articles of its département."""
    if contract is None:
        return {"problems": [], "article": None, "contract": None}
    stored = [
        t
        for t in ArticleTemplate.objects.filter(departement=contract.departement)
        | ArticleTemplate.objects.filter(region_id=contract.departement.region_id)
        if not (t.key == edited.key and t.departement_id == edited.departement_id and t.region_id == edited.region_id)
    ]
    document = build(contract, templates=[*stored, edited])
    data = document.data()
    article = next((a for a in data["articles"] if a["key"] == edited.key), None)
    return {"article": article, "doc": data, "contract": contract}


def template_create(request, scope_kind, code):
    """A new article for the scope: its identifier, then its text."""
    _scope(request, scope_kind, code)
    form = NewArticleForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        return redirect("documents:article_template_edit", scope_kind, code, form.cleaned_data["key"])
    return redirect("documents:article_templates")


@require_POST
def template_delete(request, pk):
    """Remove a région's or département's text: the inherited text applies again."""
    template = get_object_or_404(perms.editable_templates(request.user), pk=pk)
    heading, scope = template.heading, template.scope
    template.delete()
    messages.success(request, f"Le texte propre à {scope} de l'article « {heading} » est supprimé : le texte hérité "
                     "s'applique de nouveau.")  # fmt: skip
    return redirect("documents:article_templates")
