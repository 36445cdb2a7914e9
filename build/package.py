"""Build the double-clickable app for this platform with PyInstaller, and zip it.

    python build/package.py [--dist DIR] [--work DIR] [--no-zip] [--self-test]

1. compiles the translations (resources/translations/build.py), so the bundle has a fresh .qm;
2. runs PyInstaller on build/zhanggui.spec: one folder in DIST (default dist/), Zhanggui/ with
   `zhanggui` on Linux, Zhanggui/掌柜助手.exe on Windows, 掌柜助手.app on macOS;
3. zips it as DIST/Zhanggui-<version>-<platform>-<arch>.zip, what a shop owner downloads;
4. with --self-test, runs the built program's --self-test.

Needs the build extra: pip install -e ".[build]".
"""

from __future__ import annotations

import argparse
import os
import platform
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build" / "zhanggui.spec"
NAME, DISPLAY = "Zhanggui", "掌柜助手"


def version() -> str:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from app import __version__

    return __version__


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform.rstrip("0123456789"))
    machine = platform.machine().lower()
    arch = {"amd64": "x86_64", "x64": "x86_64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{arch}"


def app_path(dist: Path) -> Path:
    """What the user gets: the folder, or the .app on macOS."""
    return dist / f"{DISPLAY}.app" if sys.platform == "darwin" else dist / NAME


def executable(dist: Path) -> Path:
    if sys.platform == "darwin":
        return app_path(dist) / "Contents" / "MacOS" / "zhanggui"
    return app_path(dist) / (f"{DISPLAY}.exe" if sys.platform == "win32" else "zhanggui")


def zip_path(dist: Path) -> Path:
    return dist / f"{NAME}-{version()}-{platform_tag()}.zip"


def tree_size(path: Path) -> int:
    """Bytes in all files under ``path``, links counted as links (as unzipping makes them)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir() or p.is_symlink())


def run(cmd: list[str], **kwargs) -> None:
    print("+", " ".join(str(c) for c in cmd), flush=True)
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def compile_translations() -> None:
    run([sys.executable, ROOT / "resources" / "translations" / "build.py"], cwd=ROOT)


def pyinstaller(dist: Path, work: Path) -> None:
    run([sys.executable, "-m", "PyInstaller", SPEC, "--noconfirm", "--log-level", "WARN",
         "--distpath", dist, "--workpath", work], cwd=ROOT)


def make_zip(source: Path, target: Path) -> None:
    """Zip ``source`` as the top folder of ``target``, keeping permissions and symlinks."""
    target.unlink(missing_ok=True)
    if sys.platform == "darwin":  # ditto keeps a bundle's symlinks, resource forks and signature intact
        run(["ditto", "-c", "-k", "--sequesterRsrc", "--keepParent", source, target])
        return
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
        for path in sorted(source.rglob("*")):
            name = path.relative_to(source.parent).as_posix()
            if path.is_symlink():
                info = zipfile.ZipInfo(name, time.localtime(path.lstat().st_mtime)[:6])
                info.create_system = 3  # unix, so unzip restores the link
                info.external_attr = (stat.S_IFLNK | 0o777) << 16
                zf.writestr(info, os.readlink(path))
            elif path.is_dir():
                continue  # folders are implied by the files in them
            else:
                zf.write(path, name)


def self_test(dist: Path) -> int:
    """The built app's own check; it draws offscreen by itself where there is no screen."""
    return subprocess.run([str(executable(dist)), "--self-test"], timeout=300).returncode


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "work", help="PyInstaller's work folder")
    parser.add_argument("--no-zip", action="store_true", help="build the folder only")
    parser.add_argument("--self-test", action="store_true", help="run the built app's --self-test")
    args = parser.parse_args(argv)
    dist, started = args.dist.resolve(), time.perf_counter()

    compile_translations()
    pyinstaller(dist, args.work.resolve())
    app = app_path(dist)
    print(f"built {app}: {mb(tree_size(app))} in {time.perf_counter() - started:.0f} s")
    if not args.no_zip:
        archive = zip_path(dist)
        make_zip(app, archive)
        print(f"zipped {archive}: {mb(archive.stat().st_size)}")
    if args.self_test:
        return self_test(dist)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
