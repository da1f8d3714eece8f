"""The `collaboratory` command: `demo`, `serve`, `serve-live`, `worker`, and every Django command.

`demo` is the one-command tour: migrate the embedded SQLite database, seed the demo network
once, print who to log in as, and serve on http://127.0.0.1:8000, pages and live push on that
one port, as `serve` does.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import threading

from collaboratory.config import sqlite as sqlite_connection
from collaboratory.pofile import compile_all

DEFAULT_BIND = "127.0.0.1:8000"
# Seconds a stopping server gives requests in flight (and open streams) before closing them.
GRACEFUL_SECONDS = 10


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")
    # Django loads only once its settings module is named, and not at all for `help`.
    import django

    django.setup()


def _serve_sync(bind: str, workers: int) -> None:
    """Serve with gunicorn's sync workers only (`serve --sync`): pages, and streams answered
    as a one-second short poll. For deployments whose proxy routes the streams to
    `serve-live`."""
    # Only `serve --sync` needs gunicorn; the other commands do not load it.
    from gunicorn.app.wsgiapp import run

    sys.argv = [
        "gunicorn",
        "collaboratory.config.wsgi:application",
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--logger-class",
        "collaboratory.web.logging.RedactingGunicornLogger",
        "--access-logfile",
        "-",
        "--access-logformat",
        '%(h)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms',
    ]
    run()


def _serve(bind: str, workers: int, sync: bool = False) -> None:
    """Serve pages and live streams on one port: uvicorn workers running
    `config/server.py`, which hands the event-stream path to Django's ASGI handler and
    every page to its WSGI handler, a read on the event loop, a write or a page found slow
    in a thread (docs/architecture.md, "The live room")."""
    # Only `serve` and `demo` need the server (and this process's connections); the other
    # commands do not load them.
    from django.db import connections

    # `demo` and `serve` touched the database in this process (migrate, createcachetable);
    # a connection left open would be inherited by every worker, and workers sharing one
    # PostgreSQL socket read each other's answers.
    connections.close_all()
    if sync:
        _serve_sync(bind, workers)
        return
    # Loaded here, as gunicorn is by `--sync`: the other commands do not need it.
    import uvicorn

    where: dict[str, object]
    if bind.startswith("unix:"):
        where = {"uds": bind[len("unix:") :]}
    else:
        host, _sep, port = bind.rpartition(":")
        where = {"host": host.strip("[]") or "127.0.0.1", "port": int(port)}
    uvicorn.run(
        "collaboratory.config.server:application",
        **where,  # type: ignore[arg-type]
        workers=workers,
        lifespan="on",
        # The access log is the application's (config/server.py), redacted like every log.
        access_log=False,
        log_level="warning",
        # Keep the client's address as the socket has it, as gunicorn did: login throttling
        # reads X-Forwarded-For itself, trusting COLLABORATORY_TRUSTED_PROXY_COUNT hops.
        proxy_headers=False,
        server_header=False,
        # Open streams never finish by themselves: on SIGTERM they get this long, then are
        # closed and the browsers reconnect (to the next server) with Last-Event-ID.
        timeout_graceful_shutdown=GRACEFUL_SECONDS,
    )


def _serve_live(host: str, port: int, workers: int) -> None:
    """Serve the live streams (server-sent events) from the ASGI app with uvicorn: one event
    loop holds hundreds of open streams, where a sync worker would hold one. The proxy sends
    `/n/<network>/live/<gathering>/events` here and everything else to `serve`."""
    # Only `serve-live` needs uvicorn; the other commands do not load it.
    import uvicorn

    uvicorn.run(
        "collaboratory.config.asgi:application",
        host=host,
        port=port,
        workers=workers,
        lifespan="off",
        access_log=False,
        log_level="warning",
    )


# After each commit, the task worker lets go of SQLite's write lock for this many seconds,
# so a page's write waits milliseconds rather than seconds (config/sqlite.py). 2 ms kept
# pages' p99 wait at 8 ms and doubled a 7,600-commitment pass (21 s -> 43 s); 5 ms gained
# little more and cost 75 s (docs/architecture.md, "Durability and concurrency").
WORKER_PAUSE_AFTER_COMMIT = 0.002


def _start_scheduler(interval: float = 60.0) -> None:
    """Enqueue due periodic tasks every minute, beside the task worker."""
    # After _setup_django(): the registry imports models, which need the app registry.
    from django.db import close_old_connections

    from collaboratory.periodic.registry import run_due

    def loop() -> None:
        while True:
            close_old_connections()
            try:
                run_due()
            except Exception:  # keep the worker alive; the error is logged
                logging.getLogger("collaboratory.periodic").exception("run_due failed")
            stop.wait(interval)

    stop = threading.Event()
    threading.Thread(target=loop, name="periodic-scheduler", daemon=True).start()


def _management(argv: list[str]) -> None:
    # After _setup_django(): management commands need configured settings.
    from django.core.management import execute_from_command_line

    execute_from_command_line(["collaboratory", *argv])


def _served_at(bind: str) -> None:
    """Emails have no request to take a host from: without a configured public address they
    point at the address being served (a wildcard bind gives no name to use, so it keeps the
    default)."""
    host = bind.rsplit(":", 1)[0]
    if host not in ("0.0.0.0", "[::]", "") and not bind.startswith("unix:"):  # noqa: S104
        os.environ.setdefault("COLLABORATORY_SERVED_AT", f"http://{bind}")


def _catalogs_compiled() -> None:
    """Compile the translation catalogs when a .po is newer than its .mo (they are build
    output): an install that skipped `make install` still serves Spanish. A read-only
    install that ships them compiled needs nothing."""
    try:
        compile_all()
    except OSError as error:
        print(f"Translations not compiled ({error}); pages fall back to English.", flush=True)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    command = argv[0] if argv else "help"
    if command in ("demo", "serve"):
        _catalogs_compiled()

    if command == "demo":
        parser = argparse.ArgumentParser(prog="collaboratory demo")
        parser.add_argument("--bind", default=os.environ.get("COLLABORATORY_BIND", DEFAULT_BIND))
        parser.add_argument("--workers", type=int, default=2)
        parser.add_argument("--no-serve", action="store_true", help="seed and exit")
        args = parser.parse_args(argv[1:])
        _served_at(args.bind)
        os.makedirs(os.environ.get("COLLABORATORY_DATA_DIR", "var"), exist_ok=True)
        _setup_django()
        # After _setup_django(): call_command needs configured settings.
        from django.core.management import call_command

        call_command("migrate", interactive=False, verbosity=0)
        # Seeding computes text vectors with the language model, whose runtime starts threads
        # that a forked worker (`serve --sync`'s gunicorn) inherits the state of but not the
        # threads: the worker then hangs on exit. A process of its own keeps the server's
        # parent free of it.
        subprocess.run(
            [sys.executable, "-m", "collaboratory.cli", "seed_demo", "--if-empty"], check=True
        )
        if not args.no_serve:
            print(f"Collaboratory demo: http://{args.bind}/ (live push included)", flush=True)
            _serve(args.bind, args.workers)
    elif command == "serve":
        parser = argparse.ArgumentParser(prog="collaboratory serve")
        parser.add_argument("--bind", default=os.environ.get("COLLABORATORY_BIND", DEFAULT_BIND))
        parser.add_argument(
            "--workers", type=int, default=int(os.environ.get("COLLABORATORY_WORKERS", "3"))
        )
        parser.add_argument(
            "--sync",
            action="store_true",
            help="gunicorn sync workers only: live streams become a one-second poll unless a "
            "proxy sends them to `serve-live`",
        )
        args = parser.parse_args(argv[1:])
        _served_at(args.bind)
        _setup_django()
        # After _setup_django(): call_command needs configured settings.
        from django.core.management import call_command

        # `migrate` creates the database cache's table; an upgrade that skipped it would
        # otherwise fail every login. A no-op when the table exists or the cache is Redis.
        call_command("createcachetable", verbosity=0)
        _serve(args.bind, args.workers, sync=args.sync)
    elif command == "serve-live":
        parser = argparse.ArgumentParser(prog="collaboratory serve-live")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8001)
        parser.add_argument("--workers", type=int, default=1)
        args = parser.parse_args(argv[1:])
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "collaboratory.config.settings")
        _serve_live(args.host, args.port, args.workers)
    elif command == "worker":
        _setup_django()
        sqlite_connection.pause_after_commit = WORKER_PAUSE_AFTER_COMMIT
        _start_scheduler()
        _management(["db_worker", *argv[1:]])
    elif command in {"help", "-h", "--help"}:
        print(__doc__)
        print(
            "Commands: demo, serve, serve-live, worker, or any Django management command "
            "(migrate, ...)."
        )
    else:
        _setup_django()
        _management(argv)


if __name__ == "__main__":
    main()
