from django import template
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
