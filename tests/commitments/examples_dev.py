"""Development examples for the commitment guard: the set it is tuned against.

Each example is `(text, label)`. Add a line here when the guard gets a real text wrong (see
docs/architecture.md, "The commitment guard"); keep the held-out set in
`examples_heldout.py` untouched.
"""

from __future__ import annotations

from typing import Literal

Label = Literal["firm", "vague", "critique", "praise"]
Example = tuple[str, Label]

DEVELOPMENT: list[Example] = []
