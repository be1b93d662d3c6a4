"""`flask reminders run`: the daily job for cron (safe to run twice: nothing is sent twice)."""
from datetime import date

import click
from flask import Flask
from flask.cli import AppGroup

from visitatie.notificaties.jobs import send_due_notifications
from visitatie.core.dates import local_today

reminders = AppGroup("reminders", help="Herinneringen en meldingen per e-mail versturen.")


@reminders.command("run")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Peildatum (JJJJ-MM-DD); standaard vandaag.")
def run_command(today):
    """Send the notifications and reminders due today that were not sent yet."""
    day = today.date() if today else local_today()
    sent = send_due_notifications(day)
    click.echo(f"Meldingen tot en met {day.isoformat()}: {sent} verstuurd.")


def register_notification_commands(app: Flask) -> None:
    """Add `flask reminders run`, to the `reminders` group if another feature made one."""
    group = app.cli.commands.get("reminders")
    if not isinstance(group, click.Group):
        group = reminders
    group.add_command(run_command)
    app.cli.add_command(group)
