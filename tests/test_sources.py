"""replay reads an mbox, a Maildir or a folder, in the contract's order."""
import mailbox

import pytest

from triage.errors import SourceError
from triage.mailbox.source import replay_source

RAW = b"From: a@example.org\nSubject: %d\n\nhello %d\n"


def test_a_folder_is_read_in_sorted_file_name_order_with_sub_folders(tmp_path):
    for name in ["b.eml", "a.eml", "2024/0007.eml", "notes.txt"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    assert [label for label, _ in replay_source(tmp_path)] == ["2024/0007.eml", "a.eml", "b.eml"]


def test_a_folder_without_eml_files_yields_every_file_but_hidden_ones(tmp_path):
    (tmp_path / "m1").write_bytes(b"x")
    (tmp_path / ".hidden").write_bytes(b"x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "m2.msg").write_bytes(b"x")
    assert [label for label, _ in replay_source(tmp_path)] == ["m1", "sub/m2.msg"]


def test_an_mbox_is_labelled_by_position(tmp_path):
    box = mailbox.mbox(tmp_path / "box")
    for n in range(3):
        box.add(RAW % (n, n))
    box.flush()
    got = list(replay_source(tmp_path / "box"))
    assert [label for label, _ in got] == ["mbox:0", "mbox:1", "mbox:2"]
    assert b"hello 2" in got[2][1]


def test_a_maildir_is_read_from_new_and_cur(tmp_path):
    md = mailbox.Maildir(tmp_path / "md")
    md.add(RAW % (1, 1))
    labels = [label for label, _ in replay_source(tmp_path / "md")]
    assert len(labels) == 1 and labels[0].startswith("new/")


def test_a_missing_source_is_a_clear_error(tmp_path):
    with pytest.raises(SourceError, match="no such source"):
        list(replay_source(tmp_path / "nope"))
