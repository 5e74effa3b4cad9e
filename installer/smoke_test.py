"""Starts the built program folder the way a user's PC would, on a new data folder, and fails loudly.

    python installer/smoke_test.py dist/pcha-desktop [--platform windows]
    (Linux: installer/build --smoke-test; Windows: .github/workflows/windows.yml; Qt's platform: offscreen
    unless given, so the installed copy on CI's Windows desktop is also started with its real window)

1. `pcha --version` says the project's version; `pcha demo` fills a new data folder (the migrations run
   from the bundled files); `pcha check` finds it sound; `pcha orders` lists its orders in Thai, as UTF-8
   through a pipe (the programs run in Python's UTF-8 mode).
2. `pcha order-pdf` prints the district committee's order; its text is read back (pypdf) and must hold
   the Thai words as written: no private-use characters, no sara am split in two, the district's name.
3. `pcha-desktop` starts offscreen on that folder, paints its window and the home screen with the
   district's data, and quits by itself (PCHA_STARTUP_PROBE); then a second time for a few seconds to see
   that nothing fails once the window is live (no error logged in the data folder's logs/).
Runs with Python 3.10+ and pypdf; nothing of the project is imported (the bundle is what is tested).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NEEDED_WORDS = ("คำสั่งอำเภอเมืองภูเก็ต", "แต่งตั้งคณะกรรมการพัฒนาคุณภาพชีวิตระดับอำเภอเมืองภูเก็ต", "ประธานกรรมการ")
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
GUI_SECONDS_LIVE = 6
TIMEOUT = 180


class SmokeFailure(Exception):
    pass


def program(bundle: Path, name: str) -> Path:
    path = bundle / (name + ".exe" if os.name == "nt" else name)
    if not path.is_file():
        raise SmokeFailure(f"{path} is missing from the build")
    return path


def run(command: list[str | Path], environment: dict[str, str], *, expect: int = 0) -> str:
    shown = " ".join(str(part) for part in command)
    started = time.monotonic()
    done = subprocess.run([str(part) for part in command], check=False, env=environment, capture_output=True,
                          timeout=TIMEOUT, encoding="utf-8", errors="strict")  # Thai output is UTF-8
    print(f"  {shown}  → exit {done.returncode} in {time.monotonic() - started:.1f} s")
    if done.returncode != expect:
        raise SmokeFailure(f"{shown} ended with {done.returncode}\n{done.stdout}\n{done.stderr}")
    if "Traceback" in done.stdout + done.stderr:
        raise SmokeFailure(f"{shown} printed a traceback\n{done.stderr}")
    return done.stdout


def check_pdf(path: Path) -> None:
    from pypdf import PdfReader

    reader = PdfReader(path)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    problems = []
    if PRIVATE_USE.search(text):
        problems.append("private-use characters in the text (copy and search would fail)")
    if "\u0e4d\u0e32" in text:
        problems.append("sara am extracted as nikhahit + sara aa (search would fail)")
    flat = re.sub(r"\s*\n\s*", "", text)
    problems += [f"missing: {word}" for word in NEEDED_WORDS if word not in text and word not in flat]
    if problems:
        raise SmokeFailure(f"{path}: " + "; ".join(problems) + "\n" + text[:2000])
    print(f"  {path.name}: {len(reader.pages)} page(s), Thai text as written")


def start_gui(gui: Path, data_dir: Path, environment: dict[str, str]) -> None:
    probe_file = data_dir.parent / "startup-probe.txt"
    probe = dict(environment, PCHA_STARTUP_PROBE="1", PCHA_STARTUP_EXIT="1",
                 PCHA_STARTUP_PROBE_FILE=str(probe_file))
    run([gui, "--data-dir", data_dir], probe)
    events = probe_file.read_text(encoding="utf-8").split() if probe_file.exists() else []
    for event in ("first-paint", "home-painted"):
        if event not in events:
            raise SmokeFailure(f"the window did not report {event!r} (got {events})")
    print("  the window and the home screen with the district's data were painted")

    started = time.monotonic()
    process = subprocess.Popen([str(gui), "--data-dir", str(data_dir)], env=environment,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        process.wait(timeout=GUI_SECONDS_LIVE)
    except subprocess.TimeoutExpired:
        process.terminate()
        process.wait(timeout=30)
    else:
        output = process.stdout.read() + process.stderr.read()
        raise SmokeFailure(f"pcha-desktop stopped by itself after {time.monotonic() - started:.1f} s "
                           f"(exit {process.returncode})\n{output.decode('utf-8', 'replace')}")
    finally:
        process.stdout.close()
        process.stderr.close()
    log = data_dir / "logs" / "pcha.log"
    if log.exists() and log.read_text(encoding="utf-8", errors="replace").strip():
        logged = log.read_text(encoding="utf-8", errors="replace")
        raise SmokeFailure(f"errors were logged while the window was open:\n{logged}")
    print(f"  pcha-desktop ran {GUI_SECONDS_LIVE} s live without an error")


def smoke_test(bundle: Path, version: str | None, platform: str = "offscreen") -> None:
    cli, gui = program(bundle, "pcha"), program(bundle, "pcha-desktop")
    with tempfile.TemporaryDirectory(prefix="pcha-smoke-", ignore_cleanup_errors=True) as temporary:
        root = Path(temporary)
        data_dir = root / "ข้อมูล พชอ"  # a Thai name with a space, as on a user's PC
        environment = dict(os.environ, QT_QPA_PLATFORM=platform, PCHA_USER_DIR=str(root / "profile"),
                           PYTHONIOENCODING="utf-8")
        environment.pop("PCHA_DATA_DIR", None)
        environment.pop("PCHA_BUNDLE_DIR", None)
        said = run([cli, "--version"], environment).strip()
        if version and said != version:
            raise SmokeFailure(f"pcha --version says {said!r}, the project is {version}")
        run([cli, "demo", "--data-dir", data_dir], environment)
        run([cli, "check", "--data-dir", data_dir], environment)
        if "อำเภอเมืองภูเก็ต" not in run([cli, "orders", "--data-dir", data_dir], environment):
            raise SmokeFailure("pcha orders does not list the district committee's orders")
        pdf = root / "order.pdf"
        run([cli, "order-pdf", "--data-dir", data_dir, "--out", pdf], environment)
        check_pdf(pdf)
        if not any(bundle.rglob("_rl_accel*")):
            raise SmokeFailure("ReportLab's C accelerator (_rl_accel) is not in the build: the PDFs are slower")
        start_gui(gui, data_dir, environment)


def project_version() -> str:
    text = (Path(__file__).resolve().parent.parent / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else ""


def main(argv: list[str]) -> int:
    platform = "offscreen"
    if len(argv) == 3 and argv[1] == "--platform":  # e.g. windows: the real window system (CI's desktop)
        platform = argv[2]
        argv = argv[:1]
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    bundle = Path(argv[0])
    started = time.monotonic()
    print(f"smoke test of {bundle} (Qt platform {platform})")
    try:
        smoke_test(bundle, project_version(), platform)
    except (SmokeFailure, subprocess.TimeoutExpired, UnicodeDecodeError) as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    print(f"smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
