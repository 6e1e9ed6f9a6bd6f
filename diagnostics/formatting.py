"""Numbers and gaps as the diagnostic writes them, on its pages and in its exports: « 1 234,5 », « +1,2 (+5,3 %) »."""

import datetime

from django.utils.formats import date_format, number_format

from cls_portal.templatetags.portail import long_date


def french_number(value, decimals=1) -> str:
    if value is None:
        return ""
    return number_format(round(value, decimals), decimal_pos=decimals, use_l10n=True, force_grouping=True)


def gap_text(gap, indicator) -> str:
    """The gap of the perimeter to a reference, with its sign and in % of the reference; empty without a gap."""
    if gap is None or gap.absolute is None:
        return ""
    sign = "+" if gap.absolute > 0 else ("−" if gap.absolute < 0 else "")
    text = f"{sign}{french_number(abs(gap.absolute), indicator.decimals)}"
    if gap.relative is not None and gap.absolute:
        relative_sign = "+" if gap.relative > 0 else "−"
        text += f" ({relative_sign}{french_number(abs(gap.relative), 1)} %)"
    return text


def work_period(start, end) -> str:
    """« 16 mars 2022 », « février – mars 2022 », « 15 et 16 juin 2022 », « jusqu'au 1er juin 2022 »."""
    if start is None and end is None:
        return ""
    if start is None:
        return f"jusqu'au {long_date(end)}"
    if end is None or end == start:
        return long_date(start)
    next_day = end + datetime.timedelta(days=1)
    if start.day == 1 and next_day.day == 1:  # whole months
        first = date_format(start, "F")
        if (start.year, start.month) == (end.year, end.month):
            return f"{first} {start.year}"
        if start.year == end.year:
            return f"{first} – {date_format(end, 'F')} {end.year}"
        return f"{first} {start.year} – {date_format(end, 'F')} {end.year}"
    if (start.year, start.month) == (end.year, end.month) and (end - start).days == 1:
        return f"{long_date(start).split(' ')[0]} et {long_date(end)}"
    return f"du {long_date(start)} au {long_date(end)}"
