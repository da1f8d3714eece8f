"""Who sees which insights.

- Stewards: the full dashboard (the map of who helped whom, brokers), impact reports with
  their PDF and CSV, and the privacy setting.
- Members, youth members included: the light view of their own network (headline figures,
  the compounding curve, kinds of capital, bridging against chance; no names, no map). A
  youth member's network is their youth cohort, so their view is restricted to it.
"""

from __future__ import annotations

import rules

from collaboratory.networks.rules import is_network_member, is_network_steward

rules.add_perm("insights.view_insights", is_network_member)
rules.add_perm("insights.view_full", is_network_steward)
rules.add_perm("insights.view_reports", is_network_steward)
rules.add_perm("insights.manage_settings", is_network_steward)
