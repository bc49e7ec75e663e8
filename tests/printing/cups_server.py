"""A private CUPS scheduler with the cups-pdf virtual printer, for printing through the real print system.

Started by the test (root, as in CI): its own configuration, spool and socket in a temporary folder, so
no system service is touched. cups-pdf writes what it prints to the job owner's ``~/PDF`` folder.
"""

from __future__ import annotations

import os
import pwd
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

CUPSD = Path("/usr/sbin/cupsd")
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CUPS_PDF_PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
PRINTER = "CUPS-PDF"


@dataclass
class CupsServer:
    root: Path
    socket: Path
    printer: str
    output: Path  # where cups-pdf puts the PDFs of this user's jobs

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket)}

    def stop(self) -> None:
        subprocess.run(["pkill", "-f", f"cupsd -[cC] {self.root}/cupsd.conf"], check=False)


def start_cups(root: Path) -> CupsServer:
    missing = [str(p) for p in (CUPSD, CUPS_PDF_BACKEND, CUPS_PDF_PPD) if not p.exists()]
    if missing:
        raise RuntimeError(f"CUPS or cups-pdf is not installed ({', '.join(missing)}): "
                           "apt-get install cups printer-driver-cups-pdf (make test does it when root)")
    for name in ("spool", "cache", "state", "tmp", "log"):
        (root / name).mkdir(parents=True, exist_ok=True)
    socket = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"Listen {socket}\nLogLevel warn\nWebInterface No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root}\nRequestRoot {root}/spool\nCacheDir {root}/cache\nStateDir {root}/state\n"
        f"TempDir {root}/tmp\nAccessLog {root}/log/access_log\nErrorLog {root}/log/error_log\n"
        f"PageLog {root}/log/page_log\nUser lp\nGroup lp\nSandboxing relaxed\n")
    for path in root.rglob("*"):
        path.chmod(0o777 if path.is_dir() else 0o666)
    root.chmod(0o777)
    subprocess.run([str(CUPSD), "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")], check=True)
    server = CupsServer(root, socket, PRINTER, Path(pwd.getpwuid(os.getuid()).pw_dir) / "PDF")
    deadline = time.monotonic() + 20
    while subprocess.run(["lpstat", "-r"], env=server.env, capture_output=True, text=True).stdout.strip() \
            != "scheduler is running":
        if time.monotonic() > deadline:
            raise RuntimeError(f"cupsd did not start: {(root / 'log' / 'error_log').read_text(errors='replace')}")
        time.sleep(0.2)
    subprocess.run(["lpadmin", "-p", PRINTER, "-v", "cups-pdf:/", "-E", "-P", str(CUPS_PDF_PPD)],
                   env=server.env, check=True, capture_output=True)
    return server
