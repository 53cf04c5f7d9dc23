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
    text = example.read_text()
    missing = [s.name for s in SETTINGS if s.name.rsplit(".", 1)[-1] not in text]
    assert not missing, f"not in config.example.toml: {missing}"


def test_the_example_configs_commented_defaults_all_load(tmp_path):
    import re
    from pathlib import Path
    text = (Path(__file__).parents[1] / "config.example.toml").read_text()
    (tmp_path / "all.toml").write_text(re.sub(r"^# (\w+ = )", r"\1", text, flags=re.M))
    cfg = load_config(tmp_path / "all.toml")
    assert cfg == load_config(None, **{k.replace(".", "__"): v for k, v in cfg.items()})
    for s in SETTINGS:
        assert cfg[s.name] == s.default, s.name
