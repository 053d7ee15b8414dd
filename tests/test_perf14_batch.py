"""perf14: what a batch does at its end."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

import recordgen.distribution.batch as batch_module
from recordgen.cli import main_group
from fictional import write_corpus


def test_the_claims_are_gone_before_the_one_sync(tmp_path, monkeypatch):
    """Unlinking files the sync has just written out waits on the disk (a second at the end of a
    300-record batch here): the claims go first, and the sync makes their removal durable too."""
    write_corpus(tmp_path / "in", batch_module._CLAIMS_ONE_BY_ONE + 1)  # removed together
    out = tmp_path / "out"
    seen = []
    real = batch_module.sync_output

    def sync(folder):
        seen.append(sorted(p.name for p in Path(folder).rglob(".claim-*")))
        real(folder)

    monkeypatch.setattr(batch_module, "sync_output", sync)
    result = CliRunner().invoke(main_group, ["batch", str(tmp_path / "in"), "-o", str(out), "--today", "2026-02-02",
                                             "--workers", "1", "--allow-example-contacts"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert seen == [[]]
    assert not list(out.rglob(".claim-*"))

