"""An upload over the limit is refused by its size alone, on the form, before the page reads
it whole into memory (a 2 GB file would otherwise be read, then refused)."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from collaboratory.training.forms import PlanForm, SubmissionForm


class Unreadable(SimpleUploadedFile):
    """Django's upload whose size says 6 MB and whose content may not be read."""

    def read(self, *args: object) -> bytes:
        raise AssertionError("the form read the file")

    def chunks(self, *args: object):  # type: ignore[no-untyped-def]
        raise AssertionError("the form read the file")


def _big(name: str) -> Unreadable:
    upload = Unreadable(name, b"x")
    upload.size = 6 * 1024 * 1024
    return upload


@pytest.mark.parametrize(
    ("form", "field", "message"),
    [
        (SubmissionForm, "file", "The file is larger than 5 MB: make it smaller."),
        (PlanForm, "roster", "The roster file is larger than 1 MB."),
    ],
)
def test_a_file_over_the_limit_is_refused_by_its_size(form: type, field: str, message: str) -> None:
    data = {
        "text": "",
        "network_name": "Eastside",
        "network_slug": "eastside",
        "first_gathering_title": "First",
        "first_gathering_on": "2027-03-01",
    }

    bound = form(data, {field: _big("big.pdf" if field == "file" else "big.csv")})

    assert not bound.is_valid()
    assert bound.errors[field] == [message]
