"""French formats shared by every page."""

import datetime

from cls_portal.templatetags.portail import long_date


def test_long_dates_read_as_french():
    assert long_date(datetime.date(2023, 6, 1)) == "1er juin 2023"
    assert long_date(datetime.date(2016, 11, 4)) == "4 novembre 2016"
    assert long_date(None) == ""


def test_long_date_with_time_is_in_paris_time():
    moment = datetime.datetime(2026, 7, 1, 12, 5, tzinfo=datetime.UTC)
    assert long_date(moment, "heure") == "1er juillet 2026 à 14:05"
