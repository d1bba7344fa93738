"""FOI styles learned from held-out set O's first sight, read as structures rather
than set O's phrases:

* the request dated in thanks with the requester the gerund's subject ("Thank you
  for writing to us on …", parsers.foi.date_prose).

Every letter here is made up and built in code, in wordings of its own."""

from __future__ import annotations

from datetime import date

from parsers.foi.date_prose import requester_dated


def test_thanks_dates_the_request():
    assert requester_dated("Thank you for contacting the Trust on 4 Nov. 2024.") == date(
        2024, 11, 4
    )
    assert requester_dated("Thanks for sending us your enquiry on 05/11/2024.") == date(2024, 11, 5)
    assert requester_dated("Thank you for your patience on 4 November 2024.") is None
