"""Whose statement a sentence makes: the article's own voice, or someone it reports, and in which words.

'According to SANA, ...', '... , Iranian state media reported', 'one outlet
said ...', 'a report claimed ...' and a quotation (“...”) make the words
they frame reported: a claim drafted from them is attributed to who the
text says (an agency, state media, an official, an analyst), not to the
article. A sentence the article itself calls wrong ('wrongly dated',
'mistakenly named', 'erroneously reported') is reported and disowned, so
an error in it is not the article's; the sentence that corrects it is the
article's own.
"""

from __future__ import annotations

import re

from iransyria.dataset import Dataset
from iransyria.extraction.base import ActorMention, Speaker
from iransyria.models import ActorKind, AttributionKind

__all__ = ["speaker_of"]

_VERB = r"(?:said|says|say|told|reported|reports|report|claimed|claims|claim|announced|stated|quoted|added|adds|noted|notes|wrote|writes|dated|named|called|described|cited)"
_WHO = (
    r"(?:(?:one|an|another|a)\s+(?:\w+\s+)?(?:outlet|report|newspaper|paper|agency|website|news\s+agency|source|media\s+report|wire)"
    r"|(?:(?:Iranian|Syrian|Russian|Israeli|Turkish|Arab|Western|local|official|the\s+regime['’]s)\s+)?(?:state(?:-linked|-run)?\s+)?media(?:\s+reports?)?"
    r"|reports|media\s+reports|officials|analysts|an?\s+(?:analyst|official|expert|spokesman|spokesperson))"
)
_ACCORDING = re.compile(r"\baccording\s+to\b[^,]*,", re.IGNORECASE)
_FRAME_BEFORE = re.compile(rf"^(?P<who>[^,“\"]*?)\b{_VERB}\b(?:\s+that)?[\s,:]*", re.IGNORECASE)
_FRAME_AFTER = re.compile(rf",\s*(?P<who>[^,]{{0,80}}?)\s+{_VERB}\s*\.?\s*$", re.IGNORECASE)
_FRAME_MIDDLE = re.compile(rf",\s*(?P<who>[^,]{{1,60}}?)\s+{_VERB}\s*,", re.IGNORECASE)
_GENERIC = re.compile(_WHO, re.IGNORECASE)
# A speaker named by a proper name the dataset does not know: 'The Example Gazette', 'Reuters'.
_PROPER = re.compile(r"^\s*(?:[Tt]he\s+)?(?:[A-Z][\w.&'’-]*\s*){1,4}(?:\([^)]*\))?\s*$")
_QUOTED = re.compile(r"[“\"«„]([^”\"»“]+)[”\"»“]")
_DISOWNED = re.compile(
    r"\b(?:wrongly|erroneously|mistakenly|incorrectly|falsely|misreported|misdated|misnamed)\b", re.IGNORECASE
)
_STATE_MEDIA = ("outlet-sana",)


def _kind(dataset: Dataset, who: str, mentions: list[ActorMention]) -> tuple[AttributionKind, str | None]:
    """The attribution kind and actor of the words that name a speaker."""
    low = who.lower()
    for mention in mentions:
        actor = dataset.actor_index[mention.actor]
        if actor.kind is ActorKind.OUTLET:
            return (
                AttributionKind.STATE_MEDIA if actor.id in _STATE_MEDIA else AttributionKind.AGENCY
            ), actor.id
        if actor.id.startswith("org-") and "media" in actor.id:
            return AttributionKind.STATE_MEDIA, actor.id
        if actor.kind is ActorKind.PERSON:
            analyst = any(w in low for w in ("analyst", "expert", "researcher", "fellow"))
            return (AttributionKind.ANALYST if analyst else AttributionKind.OFFICIAL), actor.id
    if "media" in low:
        return AttributionKind.STATE_MEDIA, None
    if any(w in low for w in ("analyst", "expert")):
        return AttributionKind.ANALYST, None
    if any(w in low for w in ("official", "spokes")):
        return AttributionKind.OFFICIAL, None
    return AttributionKind.AGENCY, None


def _within(mentions: list[ActorMention], start: int, end: int) -> list[ActorMention]:
    return [m for m in mentions if start <= m.start and m.end <= end]


def speaker_of(
    dataset: Dataset, text: str, offset: int, mentions: list[ActorMention]
) -> tuple[Speaker, tuple[int, int] | None]:
    """The speaker of the sentence ``text`` (at ``offset``) and the span of the words it frames, if any."""
    disowned = _DISOWNED.search(text) is not None
    end = offset + len(text)
    according = _ACCORDING.search(text)
    if according:
        who = text[according.start() : according.end()]
        kind, actor = _kind(
            dataset, who, _within(mentions, offset + according.start(), offset + according.end())
        )
        return Speaker(kind, actor, who.rstrip(", "), disowned), (offset + according.end(), end)
    after = _FRAME_AFTER.search(text)
    if after and (_GENERIC.search(after.group("who")) or _within(mentions, offset + after.start(), end)):
        kind, actor = _kind(dataset, after.group("who"), _within(mentions, offset + after.start("who"), end))
        return Speaker(kind, actor, text[after.start("who") :].strip(" ."), disowned), (
            offset,
            offset + after.start(),
        )
    middle = _FRAME_MIDDLE.search(text)
    if middle and (_GENERIC.search(middle.group("who")) or _PROPER.match(middle.group("who"))):
        who = middle.group("who")
        named = _within(mentions, offset + middle.start("who"), offset + middle.end("who"))
        kind, actor = _kind(dataset, who, named)
        # the framed words are the whole sentence but the frame: the span check takes the sentence
        return Speaker(kind, actor, text[middle.start("who") : middle.end()].strip(" ,"), disowned), (
            offset,
            end,
        )
    before = _FRAME_BEFORE.search(text)
    if before and before.group("who").strip():
        who = before.group("who")
        generic = _GENERIC.search(who) or _PROPER.match(who)
        named = [m for m in _within(mentions, offset, offset + before.end("who")) if _speaks(dataset, m)]
        if generic or named:
            kind, actor = _kind(dataset, who, named[-1:])
            words = text[: before.end()].strip(" ,:")
            # a disowned report is wrong as a whole ('One outlet wrongly dated the deal'): all of it is theirs
            return Speaker(kind, actor, words, disowned), (offset if disowned else offset + before.end(), end)
    if disowned:
        return Speaker(AttributionKind.AGENCY, None, "what the article corrects", True), (offset, end)
    return Speaker(), None


def _speaks(dataset: Dataset, mention: ActorMention) -> bool:
    return dataset.actor_index[mention.actor].kind in (
        ActorKind.OUTLET,
        ActorKind.PERSON,
        ActorKind.ORGANISATION,
        ActorKind.STATE,
    )


def quoted_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """The spans inside quotation marks: words someone is quoted as saying."""
    return [(offset + m.start(1), offset + m.end(1)) for m in _QUOTED.finditer(text)]
