"""`flask export` and `flask import`: the whole data set to and from one archive."""
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from visitatie.backup.archive import BackupError
from visitatie.backup.export import export_archive
from visitatie.backup.restore import import_archive
from visitatie.db import utcnow
from visitatie.extensions import db


@click.command("export")
@with_appcontext
@click.argument("archief", required=False, type=click.Path(dir_okay=False, path_type=Path))
def export_command(archief: Path | None):
    """Write all records and stored files to one .tar.gz archive."""
    archief = archief or Path(f"visitatie-export-{utcnow():%Y%m%d-%H%M%S}.tar.gz")
    try:
        manifest = export_archive(db.engine, _upload_folder(), archief)
    except BackupError as error:
        raise click.ClickException(error.message) from error
    click.echo(f"Export geschreven naar {archief}: {_summary(manifest)}.")


@click.command("import")
@with_appcontext
@click.argument("archief", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_command(archief: Path):
    """Restore an archive of `flask export` into an empty database and file store."""
    try:
        manifest = import_archive(db.engine, _upload_folder(), archief)
    except BackupError as error:
        raise click.ClickException(error.message) from error
    click.echo(f"Import voltooid uit {archief} (gemaakt {manifest['created_at']}, versie "
               f"{manifest['app_version']}): {_summary(manifest)}.")


def _upload_folder() -> Path:
    return Path(current_app.config["UPLOAD_FOLDER"]).resolve()


def _summary(manifest: dict) -> str:
    rows = sum(t["rows"] for t in manifest["tables"])
    size = sum(f["size"] for f in manifest["files"])
    return (f"{rows} rijen in {len(manifest['tables'])} tabellen, "
            f"{len(manifest['files'])} bestanden ({size / 1024 / 1024:.1f} MB)")


def register_backup_commands(app: Flask) -> None:
    for command in (export_command, import_command):
        app.cli.add_command(command)
