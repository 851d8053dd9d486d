"""Questions to ask of a dataset: look-ups, the claims behind a field, conflicts, a timeline.

Every function takes ``dataset`` last, defaulting to the shipped dataset (built
on first use), so ``agreements()`` and ``agreements(dataset=my_data)`` read the
same. Look-ups by id match case-insensitively and return ``None`` for an
unknown id; :func:`suggest` proposes the ids a mistyped one was probably meant
to be. Nothing here prints or raises on missing records: the command line in
:mod:`iransyria.cli` is a thin layer over these functions.

Best values follow Wikidata's ranks: for each field of an agreement the claims
are grouped by the value they report, and the values ranked by the best
standing among their claims (accepted, then disputed, then refuted or
superseded), then by how many independent origins report them
(:meth:`Dataset.origin`, which follows whole chains of translations and
republications). The claims that disagree with the best value stay visible,
with their standing, reasons and corrections. :func:`describe_value` writes a
claim value in words, for the command line and the rules' messages alike.

One module per question family: ``lookup`` (records by id, suggestions),
``listing`` (each record type, filtered), ``describe`` (values in words),
``resolution`` (the claims behind a field, best values), ``disputes``
(conflicts, corroboration, related agreements), ``happenings`` (events,
the claims and origins behind each), ``chronology`` (the timeline),
``provenance`` (excerpts), ``encoding`` (how much is left as free text),
``names`` (records by any name, alias or spelling, and full-text search) and
``article`` (an article's text with its quoted passages); ``common`` holds
what they share.
Every name is re-exported here: ``from iransyria import queries`` is the API.
"""

from __future__ import annotations

from iransyria.queries.article import (
    Annotated,
    ArticleError,
    Passage,
    annotate,
    mark,
)
from iransyria.queries.chronology import (
    EventKind,
    TimelineEvent,
    timeline,
)
from iransyria.queries.common import (
    FIELD_PREDICATES,
    FIELDS,
    MULTI_VALUED,
    claim_actors,
)
from iransyria.queries.describe import (
    describe_position,
    describe_value,
)
from iransyria.queries.disputes import (
    Conflict,
    Related,
    conflicts,
    corroboration,
    is_disputed,
    related,
    signatory_conflicts,
)
from iransyria.queries.encoding import (
    free_text_claims,
    free_text_share,
)
from iransyria.queries.happenings import (
    event,
    event_claims,
    event_corroboration,
    event_sources,
    events,
)
from iransyria.queries.listing import (
    actors,
    agreements,
    claims,
    corrections,
    references,
    sources,
)
from iransyria.queries.lookup import (
    actor,
    agreement,
    claim,
    correction,
    match_id,
    source,
    suggest,
)
from iransyria.queries.names import (
    SEARCH_KINDS,
    Ambiguous,
    FieldMatch,
    Hit,
    Match,
    find,
    find_one,
    label,
    name_key,
    search,
    suggest_names,
)
from iransyria.queries.provenance import (
    excerpt,
)
from iransyria.queries.resolution import (
    FieldValue,
    Resolution,
    best_value,
    claims_behind,
    field_claims,
    resolve,
)

__all__ = [
    "FIELDS",
    "FIELD_PREDICATES",
    "MULTI_VALUED",
    "SEARCH_KINDS",
    "Ambiguous",
    "Annotated",
    "ArticleError",
    "Conflict",
    "EventKind",
    "FieldMatch",
    "FieldValue",
    "Hit",
    "Match",
    "Passage",
    "Related",
    "Resolution",
    "TimelineEvent",
    "actor",
    "actors",
    "agreement",
    "agreements",
    "annotate",
    "best_value",
    "claim",
    "claim_actors",
    "claims",
    "claims_behind",
    "conflicts",
    "correction",
    "corrections",
    "corroboration",
    "describe_position",
    "describe_value",
    "event",
    "event_claims",
    "event_corroboration",
    "event_sources",
    "events",
    "excerpt",
    "field_claims",
    "find",
    "find_one",
    "free_text_claims",
    "free_text_share",
    "is_disputed",
    "label",
    "mark",
    "match_id",
    "name_key",
    "references",
    "related",
    "resolve",
    "search",
    "signatory_conflicts",
    "source",
    "sources",
    "suggest",
    "suggest_names",
    "timeline",
]
