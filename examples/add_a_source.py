"""Add your own source: a MADE-UP article, two claims, and the rules catching the wrong one.

The article (examples/made-up-article.txt) is invented for this example and
says so in its first line. It reports two things: that the 2020 agreement was
signed on 8 July 2020 (right), and that Mohammad Bagheri signed the 2018 deal
(wrong: he signed the 2020 agreement; Hatami signed in 2018). Both are
encoded as claims with their verbatim quotes and offsets, in a dataset file
of their own that extends the shipped data; `iransyria check` then flags the
wrong one with IS201, exactly as it would a shipped claim, and
`iransyria verify` contradicts the same statement.

Run: python examples/add_a_source.py [WORK_DIR]   (a temporary folder by default)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import attrs

from iransyria.authoring import locate, read_article
from iransyria.data.actors import BAGHERI, IRAN_CHIEF_OF_STAFF
from iransyria.data.agreements import AGR_2018, AGR_2020
from iransyria.dates import FuzzyDate
from iransyria.models import ActorValue, Attribution, AttributionKind, Claim, DateValue, Predicate
from iransyria.serialization import dump, load

HERE = Path(__file__).resolve().parent
ARTICLE = HERE / "made-up-article.txt"
SOURCE_ID = "src-made-up-example-gazette"


def iransyria(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the command line, as a user would, and echo what it prints."""
    print(f"$ iransyria {' '.join(args)}")
    done = subprocess.run(
        [sys.executable, "-m", "iransyria", *args],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "COLUMNS": "100", "NO_COLOR": "1"},
    )
    print(done.stdout + done.stderr, end="")
    print(f"(exit {done.returncode})\n")
    return done


def quoted(text: str, words: str) -> tuple[str, int]:
    """The words, checked to be verbatim in the article, and their offset."""
    place = locate(text, words)
    if not place.exact:
        raise SystemExit(f"not verbatim: {words!r}: " + "; ".join(place.differences))
    return words, place.start


def main(work: Path) -> int:
    mine = work / "my-sources" / "made-up-gazette.json"
    # 1. The skeleton: the article's SHA-256 and file name, fields marked FILL IN:, no claims.
    iransyria(
        "new-source", str(ARTICLE), "--id", SOURCE_ID,
        "--title", "MADE-UP: Tehran and Damascus sign comprehensive military agreement",
        "--published", "2020-07-10", "--out", str(mine),
    )  # fmt: skip

    # 2. Fill in what a person judges, and add the two claims with their quotes.
    skeleton = load(mine)
    source = attrs.evolve(
        skeleton.sources[0],
        outlet_basis="made up for this example: no outlet",
        published_basis="made up for this example",
    )
    _, text = read_article(ARTICLE)
    right_quote, right_at = quoted(text, "signed a comprehensive military agreement on 8 July 2020")
    wrong_quote, wrong_at = quoted(text, "was signed by Iran's chief of staff Mohammad Bagheri")
    right = Claim(
        id="clm-made-up-gazette-2020-signing-date",
        source=SOURCE_ID,
        subject=AGR_2020,
        predicate=Predicate.SIGNING_DATE,
        value=DateValue(FuzzyDate.parse("2020-07-08")),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=right_quote,
        offset=right_at,
    )
    wrong = Claim(
        id="clm-made-up-gazette-2018-signatory-bagheri",
        source=SOURCE_ID,
        subject=AGR_2018,
        predicate=Predicate.SIGNATORY,
        value=ActorValue(BAGHERI, IRAN_CHIEF_OF_STAFF),
        attribution=Attribution(AttributionKind.OUTLET),
        quote=wrong_quote,
        offset=wrong_at,
    )
    dump(skeleton.evolve(sources=(source,), claims=(right, wrong)), mine)
    print(f"added {right.id} (offset {right_at}) and {wrong.id} (offset {wrong_at}) to {mine}\n")

    # 3. The rules over the shipped data and the new file together; the quotes of the new file
    #    against its article (the shipped sources' quotes are the project's to check).
    checked = iransyria("check", "--data", str(mine.parent), f"--articles={HERE}")
    if checked.returncode != 1 or wrong.id not in checked.stdout or right.id in checked.stdout:
        print("the rules did not catch the wrong claim, or flagged the right one", file=sys.stderr)
        return 1

    # 3b. verify judges the statement the same way, against the same merged data.
    verdict = iransyria(
        "verify", "--data", str(mine.parent), "--agreement", AGR_2018, "--signatory", "Mohammad Bagheri"
    )
    if verdict.returncode != 1 or "IS201" not in verdict.stdout:
        print("verify did not contradict the wrong claim", file=sys.stderr)
        return 1

    # 4. A wrong claim is never deleted: it is kept, refuted, with the reason.
    refuted = attrs.evolve(
        wrong,
        standing=wrong.standing.REFUTED,
        reason="Bagheri signed the July 2020 agreement; the 2018 deal was signed by Hatami (IS201)",
    )
    dump(load(mine).evolve(claims=(right, refuted)), mine)
    # --strict: the new file brings no warning (the shipped data's own are not counted).
    fixed = iransyria("check", "--data", str(mine.parent), f"--articles={HERE}", "--strict")
    return 0 if fixed.returncode == 0 else 1


if __name__ == "__main__":
    if len(sys.argv) > 1:
        raise SystemExit(main(Path(sys.argv[1])))
    with tempfile.TemporaryDirectory() as folder:
        raise SystemExit(main(Path(folder)))
