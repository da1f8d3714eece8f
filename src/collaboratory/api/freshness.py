"""How long the API keeps a list while nothing the audit log records has changed.

The version tokens themselves live in `networks.versions` (one per network, one for people),
shared with the landing pages' cached parts; this module only says how long an entry is
trusted without them: a write that skipped the audit log shows after at most
`KEEP_SECONDS`.
"""

from __future__ import annotations

KEEP_SECONDS = 30
