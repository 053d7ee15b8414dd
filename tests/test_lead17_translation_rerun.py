"""A translation coming in makes again only the copies in its language (blind review 30, finding 7): the
English copies were made again when the Welsh translation was imported, their PDFs' bytes differed, and
the report told business support to resend identical letters as "corrected"."""

from __future__ import annotations

from ruamel.yaml import YAML

from recordgen import api
from recordfiles import SAM, sam_batch


def _made(out):
    return {row.path: (row.sha256, row.made, row.input_key) for row in api.read_manifest(out / api.MANIFEST_CSV)
            if row.path}


def test_a_translation_in_one_language_leaves_the_other_copies_as_they_were(tmp_path, monkeypatch):
    monkeypatch.setenv("RECORDGEN_TODAY", "2026-03-10")
    records, options = sam_batch(tmp_path)
    out = options.output
    sidecar = SAM.with_name(SAM.stem + ".translations.yaml")
    before = _made(out)

    yaml = YAML()
    data = yaml.load((records / sidecar.name).read_text(encoding="utf-8"))
    urdu = data["languages"]["ur"]
    # Another language's translation comes in: Polish, for an item of the record.
    data["languages"]["pl"] = {"review.venue": dict(urdu["review.venue"], translation="twoja szkoła")}
    with open(records / sidecar.name, "w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    summary = api.Batch(options).run(api.find_record_files([records]))
    assert _made(out) == before, "no copy is in Polish: none is made again"
    assert summary.all_ready

    # The Urdu translation corrected: the Urdu copy alone is made again.
    urdu["review.venue"]["translation"] = urdu["review.venue"]["translation"] + " "
    with open(records / sidecar.name, "w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    api.Batch(options).run(api.find_record_files([records]))
    after = _made(out)
    changed = {path for path in after if after[path][2] != before[path][2]}
    assert changed and all("parent-amina-khan" in path for path in changed), changed
