"""False alarms of a street looked for with its type written short or in full ("Elm Rd" for "Elm
Road", "Swan Gardens" for "Swan Gdns").

Checks every text measure_name_forms.py reads (catalogs, examples, translations, the tests'
corpora) against the street parts of many confidential addresses: measure_name_forms' streets,
each also written with its type shortened, and streets named by everyday words. Counts the texts
the street forms find that the address as written does not.

    PYTHONPATH=$PWD python tools/measure_street_forms.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure_name_forms import STREETS, texts_and_placements  # noqa: E402

from recordgen.record.model import Placement  # noqa: E402
from recordgen.rules import withholding as w  # noqa: E402

EVERYDAY = """14 Elm Road|7 Oak Avenue|3 Beech Close|9 Willow Crescent|2 Cedar Drive|5 Swan Gardens
|12 High Street|4 Church Lane|8 Mill Terrace|6 Park Road|10 Station Road|1 Green Lane|11 School Lane
|15 Main Street|20 Victoria Street|3 Queen Street|2 New Road|9 The Avenue|7 Rose Court|5 Ash Grove
|16 Lime Square|18 Birch Place|22 Holly Walk|30 Maple Parade|4 Orchard Way|6 Spring Gardens
|43 Castle Meadows|2 Park Heights|5 Church Bank|8 Mill Brow|3 Low Fold|1 Marine Esplanade|7 Oak Lea
|9 Rose Nook|4 Fox Hollow|6 Burn Side|2 Mill Loan|5 Ash Garth|3 Elm Chase|8 Cedar Croft|4 Abbey Wynd
|12 School Fields|7 Rose Cottages|3 Sea View|14 Station Approach|6 Mill Wood|2 Church Top|9 Hall Mount""".replace(
    "\n", "").split("|")


def shortened(address: str) -> str:
    """The address with its street type written the other way ("Road" -> "Rd")."""
    first, _, rest = address.partition(",")
    forms = w.street_forms(first.strip())
    return ", ".join([forms[1] if len(forms) > 1 else forms[0]] + ([rest.strip()] if rest else []))


def main() -> None:
    texts, _ = texts_and_placements()
    addresses = STREETS + EVERYDAY
    addresses += [shortened(a) for a in addresses]
    print(f"{len(texts)} texts ({len({t for _, _, t in texts})} distinct), {len(addresses)} addresses")
    folded = [(source, language, text, w._Folded(text)) for source, language, text in texts]
    hits = {"as written": set(), "other form": set()}
    for address in addresses:
        placement = Placement(address=address, carers="Pat", confidential=True)
        own = {w._folded(piece.strip()).variants[2] for piece in address.split(",")}
        for secret in w.placement_secrets(placement):
            if secret.what not in ("street", "house number and street"):
                continue
            kind = "as written" if any(w._contains(form, w._folded(secret.text).variants[2]) for form in own) \
                else "other form"
            for source, language, text, seen in folded:
                if w._shows(seen, secret):
                    hits[kind].add((source, language, secret.text, text))
    for kind, found in hits.items():
        print(f"street parts {kind}: {len(found)} texts shown them")
        for source, language, part, text in sorted(found)[:40]:
            print("   ", source, language, part, "|", text[:100].replace("\n", " "))

if __name__ == "__main__":
    main()
