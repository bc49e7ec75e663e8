"""A private Xvfb server on a free display, for running the real window on the xcb platform."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager

SCREEN = "1600x1000x24"
START_TIMEOUT_S = 20


class XvfbError(RuntimeError):
    pass


@contextmanager
def xvfb_display(screen: str = SCREEN) -> Iterator[str]:
    """Yields ":N". Xvfb picks the free display itself (-displayfd), so parallel runs never collide,
    which xvfb-run's guessing (-a) cannot promise."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        raise XvfbError("Xvfb not found: `make test` installs it (apt-get install xvfb xauth)")
    read_fd, write_fd = os.pipe()
    process = subprocess.Popen(
        [xvfb, "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0", screen, "-noreset"],
        pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    os.close(write_fd)
    try:
        display = _read_display(read_fd, process)
        yield f":{display}"
    finally:
        os.close(read_fd)
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _read_display(read_fd: int, process: subprocess.Popen) -> str:
    """Xvfb writes the display number and a newline once it accepts connections."""
    import select

    data = b""
    while not data.endswith(b"\n"):
        ready, _, _ = select.select([read_fd], [], [], START_TIMEOUT_S)
        chunk = os.read(read_fd, 16) if ready else b""
        if not chunk:
            process.kill()
            _out, err = process.communicate()
            raise XvfbError(f"Xvfb did not start: {err.decode(errors='replace').strip()}")
        data += chunk
    return data.decode().strip()
