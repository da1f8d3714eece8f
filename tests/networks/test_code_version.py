"""Cached page parts are keyed by the code that rendered them: the shared cache (a database
table by default) outlives a deploy, and a part rendered by the old templates must not be
served by the new code."""

from __future__ import annotations

from pathlib import Path

from collaboratory.networks import pagecache


def _package(root: Path) -> Path:
    (root / "app" / "templates").mkdir(parents=True)
    (root / "app" / "views.py").write_text("def page(): ...\n")
    (root / "app" / "templates" / "page.html").write_text("<p>{{ name }}</p>\n")
    (root / "app" / "static.css").write_text("p { color: red }\n")
    return root


def test_a_changed_template_or_module_changes_the_version(tmp_path: Path) -> None:
    root = _package(tmp_path)
    before = pagecache.digest_of(root)

    (root / "app" / "templates" / "page.html").write_text("<p>{{ name }}!</p>\n")
    after_template = pagecache.digest_of(root)
    (root / "app" / "views.py").write_text("def page(): return 1\n")
    after_module = pagecache.digest_of(root)

    assert len({before, after_template, after_module}) == 3


def test_a_moved_template_changes_the_version(tmp_path: Path) -> None:
    root = _package(tmp_path)
    before = pagecache.digest_of(root)

    (root / "app" / "templates" / "page.html").rename(root / "app" / "templates" / "other.html")

    assert pagecache.digest_of(root) != before


def test_static_files_and_unchanged_code_keep_the_version(tmp_path: Path) -> None:
    """Static files are served under names of their own content (the manifest storage)."""
    root = _package(tmp_path)
    before = pagecache.digest_of(root)

    (root / "app" / "static.css").write_text("p { color: blue }\n")

    assert pagecache.digest_of(root) == before


def test_every_page_key_names_this_codes_version() -> None:
    key = pagecache.cache_key("shared", "board", 7)

    assert key.split(":")[:5] == ["page", pagecache.code_version(), "shared", "board", "7"]
    assert pagecache.code_version() == pagecache.digest_of(
        Path(pagecache.__file__).resolve().parent.parent
    )
