"""The README stays true: its two commands exist and CI runs the test one, exactly."""
import re

from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def _quick_start_commands() -> list[str]:
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    return [line.split("#", 1)[0].strip() for line in block.strip().splitlines()]


def test_readme_has_the_two_commands():
    assert _quick_start_commands() == ["python3 dev.py serve", "python3 dev.py test"]


def test_ci_runs_the_readme_test_command_exactly():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines() if line.strip() and not line.strip().startswith("#")]
    assert _quick_start_commands()[1] in commands


def test_dev_script_knows_the_readme_commands():
    dev = (ROOT / "dev.py").read_text(encoding="utf-8")
    for command in _quick_start_commands():
        assert f'"{command.split()[-1]}"' in dev


def test_every_build_option_is_documented():
    from generator.cli import _parser

    build = _parser()._subparsers._group_actions[0].choices["build"]
    for action in build._actions:
        for option in action.option_strings:
            if option.startswith("--") and option != "--help":
                assert action.help, f"{option} has no help text"


def test_plugin_options_are_documented():
    from generator.plugin import ExplainersConfig

    names = [name for name, _ in ExplainersConfig._schema]
    assert names
    for name in names:
        assert re.search(rf"`{name}`", README), f"plugin option {name} is not in the README"
