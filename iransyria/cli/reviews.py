"""The options that say who publishes a ClaimReview and where the claim appeared, shared by every command
that prints ClaimReview JSON-LD (``verify --claimreview``, ``read --claimreview``, ``claimreview``).

Each option is declared once here and :func:`publication` turns the values into a
:class:`~iransyria.verification.claimreview.Publication`, checking a day and the URLs.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from iransyria.cli.errors import UsageError

__all__ = ["Appearance", "Author", "AuthorUrl", "ClaimedBy", "DatePublished", "Url", "publication"]

Url = Annotated[
    str | None,
    typer.Option(metavar="URL", help="With --claimreview: the review's page (url; default a urn naming it)."),
]
DatePublished = Annotated[
    str | None,
    typer.Option(
        metavar="DATE", help="With --claimreview: the day it is published, YYYY-MM-DD (default today)."
    ),
]
Author = Annotated[
    str | None,
    typer.Option(
        metavar="NAME",
        help="With --claimreview: the organisation publishing it (default $IRANSYRIA_REVIEWER, else iransyria).",
    ),
]
AuthorUrl = Annotated[
    str | None, typer.Option(metavar="URL", help="With --claimreview: the organisation's URL.")
]
Appearance = Annotated[
    str | None,
    typer.Option(
        metavar="URL", help="With --claimreview: where the claim appeared (itemReviewed.appearance)."
    ),
]
ClaimedBy = Annotated[
    str | None,
    typer.Option(metavar="NAME", help="With --claimreview: who made the claim (itemReviewed.author)."),
]


def publication(
    url: str | None,
    date_published: str | None,
    author: str | None,
    author_url: str | None,
    appearance: str | None = None,
    claimed_by: str | None = None,
) -> Any:
    """The options as a ``Publication``; a bad day or a URL that is no http(s) URL is a usage error."""
    import datetime as dt

    from iransyria.verification.claimreview import Publication

    day = None
    if date_published is not None:
        try:
            day = dt.date.fromisoformat(date_published.strip())
        except ValueError:
            raise UsageError(f"--date-published {date_published!r}: expected a day, YYYY-MM-DD") from None
    for option, given in (("--url", url), ("--author-url", author_url), ("--appearance", appearance)):
        if given is not None and not given.startswith(("http://", "https://", "urn:")):
            raise UsageError(f"{option} {given!r}: expected an http(s) URL")
    return Publication(url, day, author, author_url, appearance, claimed_by)
