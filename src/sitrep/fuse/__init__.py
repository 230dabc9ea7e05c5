"""Cross-article fusion: the same real event reported by several articles.

`rules.compare` decides whether two reports (an event and its article) describe one
incident, with a score whose rules `rules` writes down; `incidents.group` joins
matching reports into incidents and merges their fields. Both are pure functions of
the events: the store (`EventStore.refresh_incidents`) feeds them candidates found by
index and keeps the result.

    from sitrep.fuse import Report, group
    incidents = group([Report(event, article_id) for event, article_id in stored])
"""

from __future__ import annotations

from sitrep.fuse.incidents import Incident, Member, group, incident_id, merge
from sitrep.fuse.rules import (
    DAY_SLACK,
    NEAR_KM,
    THRESHOLD,
    Comparison,
    Report,
    compare,
)

__all__ = [
    "DAY_SLACK",
    "NEAR_KM",
    "THRESHOLD",
    "Comparison",
    "Incident",
    "Member",
    "Report",
    "compare",
    "group",
    "incident_id",
    "merge",
]
