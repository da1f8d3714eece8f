"""Reads for the insights pages, by topic: the engine's inputs and their fingerprint
(``inputs``), the cached figures and the map (``figures``), what the report pages offer
(``reports``), and the released snapshots of ideology and race (``sensitive``).

Everything is re-exported here, so callers (and figures pickled in the cache before the
split) keep importing from ``collaboratory.insights.selectors``.
"""

from __future__ import annotations

from collaboratory.insights.selectors.figures import (
    CACHE_SECONDS,
    CACHE_VERSION,
    MAP_MEMBERS,
    Figures,
    HelpMap,
    MapNode,
    MapTie,
    attributes_key,
    attributes_versions,
    figures_cache_key,
    help_map,
    insights_figures,
)
from collaboratory.insights.selectors.inputs import (
    ATTRIBUTES,
    ENGINE_STATUS,
    MINOR_GENERATION,
    MORE_THAN_ONE_RACE,
    PUBLIC_ATTRIBUTES,
    SENSITIVE,
    Inputs,
    Person,
    Scope,
    engine_inputs,
    engine_status,
    gatherings_in_scope,
    insights_fingerprint,
    insights_settings_for,
)
from collaboratory.insights.selectors.reports import (
    gathering_choices,
    next_gathering_start,
    report_gathering,
    reporting_years,
)
from collaboratory.insights.selectors.sensitive import (
    RACE_VALUES,
    SNAPSHOT_KEY_SALT,
    Published,
    released_digests,
    sensitive_population,
    sensitive_published,
    snapshot_keys,
)

__all__ = [
    "ATTRIBUTES",
    "CACHE_SECONDS",
    "CACHE_VERSION",
    "ENGINE_STATUS",
    "MAP_MEMBERS",
    "MINOR_GENERATION",
    "MORE_THAN_ONE_RACE",
    "PUBLIC_ATTRIBUTES",
    "RACE_VALUES",
    "SENSITIVE",
    "SNAPSHOT_KEY_SALT",
    "Figures",
    "HelpMap",
    "Inputs",
    "MapNode",
    "MapTie",
    "Person",
    "Published",
    "Scope",
    "attributes_key",
    "attributes_versions",
    "engine_inputs",
    "engine_status",
    "figures_cache_key",
    "gathering_choices",
    "gatherings_in_scope",
    "help_map",
    "insights_figures",
    "insights_fingerprint",
    "insights_settings_for",
    "next_gathering_start",
    "released_digests",
    "report_gathering",
    "reporting_years",
    "sensitive_population",
    "sensitive_published",
    "snapshot_keys",
]
