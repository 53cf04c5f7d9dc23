"""Settings come from one table; a typo in a config file is an error."""
import pytest

from triage.config import SETTINGS, load_config
from triage.errors import ConfigError


def test_defaults_cover_every_setting():
    cfg = load_config()
    assert set(cfg) == {s.name for s in SETTINGS}
    assert cfg["transport"].startswith("outbox:")


def test_a_toml_table_sets_dotted_names(tmp_path):
    p = tmp_path / "c.toml"
    p.write_text('[limits]\nmax_pdf_pages = 7\n[inbox]\naddress = "sro@example.org"\n')
    cfg = load_config(p)
    assert cfg["limits.max_pdf_pages"] == 7
    assert cfg.section("limits")["max_pdf_pages"] == 7
    assert cfg["inbox.address"] == "sro@example.org"


def test_an_unknown_setting_is_refused(tmp_path):
    p = tmp_path / "c.toml"
    p.write_text("[limits]\nmax_pdf_page = 7\n")
    with pytest.raises(ConfigError, match="unknown setting 'limits.max_pdf_page'"):
        load_config(p)


def test_a_wrong_type_is_refused(tmp_path):
    p = tmp_path / "c.toml"
    p.write_text('[limits]\nmax_pdf_pages = "seven"\n')
    with pytest.raises(ConfigError, match="must be a int"):
        load_config(p)


def test_every_setting_is_documented_in_the_example_config():
    from pathlib import Path
    example = Path(__file__).parents[1] / "config.example.toml"
    if not example.exists():
        pytest.skip("config.example.toml not written yet")
    text = example.read_text()
    missing = [s.name for s in SETTINGS if s.name.rsplit(".", 1)[-1] not in text]
    assert not missing, f"not in config.example.toml: {missing}"
