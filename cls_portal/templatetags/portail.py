import datetime

from django import template
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


def _list_html(items):
    """items: (depth, text) pairs; depth 0 or 1 (the PRS nests one level under an item ending with ':')."""
    html, open_nested = ["<ul>"], False
    for depth, text in items:
        if depth and not open_nested:
            html[-1] = html[-1].removesuffix("</li>")
            html.append("<ul>")
            open_nested = True
        elif not depth and open_nested:
            html.append("</ul></li>")
            open_nested = False
        html.append(f"<li>{escape(text)}</li>")
    if open_nested:
        html.append("</ul></li>")
    html.append("</ul>")
    return "".join(html)


@register.filter
def richtext(value):
    """Plain text with blank-line paragraphs and "- " bullet lines (two-space indent = nested) rendered as HTML."""
    if not value:
        return ""
    blocks = []
    for block in str(value).split("\n\n"):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        paragraph, items = [], []
        for line in lines:
            stripped = line.lstrip()
            if stripped.startswith("- "):
                if paragraph:
                    blocks.append(f"<p>{'<br>'.join(escape(p) for p in paragraph)}</p>")
                    paragraph = []
                items.append((1 if line.startswith("  ") else 0, stripped[2:]))
            else:
                if items:
                    blocks.append(_list_html(items))
                    items = []
                paragraph.append(line)
        if paragraph:
            blocks.append(f"<p>{'<br>'.join(escape(p) for p in paragraph)}</p>")
        if items:
            blocks.append(_list_html(items))
    return mark_safe("".join(blocks))


@register.filter
def pluralize_fr(value, arg="s"):
    """Django's `pluralize` with the French rule: 0 and 1 take the singular (« 0 contrat », « 2 contrats »).

    `value` is a number or a sized collection; `arg` is the plural suffix, or "singular,plural" suffixes.
    """
    singular, _, plural = arg.rpartition(",") if "," in arg else ("", "", arg)
    try:
        number = abs(float(value))
    except (TypeError, ValueError):
        try:
            number = len(value)
        except TypeError:
            return ""
    return plural if number >= 2 else singular


_ELIDING = "aàâäeéèêëiîïoôöuùûüyœæ"


@register.filter
def role_phrase(labels):
    """Role labels as the end of « Vous utilisez le portail … »: ["Animateur territorial ou animatrice territoriale
    ARS", "Coordinateur ou coordinatrice CLS"] -> "en tant qu'animateur territorial ou animatrice territoriale ARS et
    coordinateur ou coordinatrice CLS".

    Only the first letter of each label is lowered (acronyms such as ARS stay), and « que » is elided before a
    vowel. A label starting with an h would need to know whether it is mute: none does.
    """
    labels = [label[:1].lower() + label[1:] for label in labels if label]
    if not labels:
        return ""
    text = labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} et {labels[-1]}"
    return f"en tant qu'{text}" if text[0] in _ELIDING else f"en tant que {text}"


@register.filter
def long_date(value, with_time=""):
    """« 1er juin 2023 », « 4 novembre 2016 », or with `"heure"`: « 1er juin 2023 à 14:05 » (in Paris time)."""
    if not value:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    text = date_format(value, "j F Y")
    if value.day == 1:
        text = "1er" + text[1:]
    if with_time and isinstance(value, datetime.datetime):
        text += f" à {value:%H:%M}"
    return text
