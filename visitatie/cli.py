"""Flask commands: reference data, demo data and accounts for real deployments."""
import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from visitatie.auth import operations as auth_ops
from visitatie.auth.passwords import MIN_LENGTH
from visitatie.auth.roles import DIENST_ROLES, GLOBAL_ROLES, Rol
from visitatie.core.transaction import commit
from visitatie.core.domain import DomainError
from visitatie.diensten.models import Dienst
from visitatie.extensions import db
from visitatie.jobs import discard_pending_jobs
from visitatie.reference import demo
from visitatie.reference.seed import seed_reference_data


@click.command("seed")
@with_appcontext
def seed_command():
    """Load the reference data (diensten, rondes, themes, checklist); safe to repeat."""
    created = seed_reference_data(db.session)
    commit()
    if not created:
        click.echo("Referentiedata: alles was al aanwezig, niets toegevoegd.")
        return
    for kind, count in sorted(created.items()):
        click.echo(f"Referentiedata: {count} × {kind} toegevoegd.")


@click.command("demo")
@with_appcontext
@click.option("--scale", default=1, show_default=True, type=click.IntRange(1, 100),
              help="N > 1 adds N-1 invented rondes of 28 visitaties each.")
@click.option("--pdf/--geen-pdf", "render_pdfs", default=None,
              help="Render the PDFs of adopted reports and plans now (default: "
                   "DEMO_RENDER_PDFS, on). Without them the documents stay queued.")
def demo_command(scale: int, render_pdfs: bool | None):
    """Load the demo data set (after `flask seed`); safe to repeat."""
    seed_reference_data(db.session)
    was_loaded = demo.demo_is_loaded(db.session)
    accounts = demo.load_demo(db.session, scale)
    if not (current_app.config["DEMO_RENDER_PDFS"] if render_pdfs is None else render_pdfs):
        discard_pending_jobs(db.session)
    commit()
    click.echo("Demodata was al geladen." if was_loaded else "Demodata geladen.")
    click.echo(f"Demo-logins (wachtwoord voor allemaal: {demo.DEMO_PASSWORD}):")
    for account in accounts:
        click.echo(f"  {account.rol.value:<15} {demo.email_for(account.key)}")


@click.command("create-user")
@with_appcontext
@click.option("--email", required=True)
@click.option("--naam", required=True)
@click.option("--rol", type=click.Choice([r.value for r in (*GLOBAL_ROLES, *DIENST_ROLES)]),
              default=Rol.BEHEERDER.value, show_default=True)
@click.option("--dienst", "dienst_slug", help="Slug of the dienst, for directeur/contactpersoon.")
@click.password_option(prompt="Wachtwoord", confirmation_prompt="Herhaal het wachtwoord")
def create_user_command(email, naam, rol, dienst_slug, password):
    """Create an account with a role, for a real deployment."""
    if len(password) < MIN_LENGTH:
        raise click.BadParameter(f"minstens {MIN_LENGTH} tekens", param_hint="wachtwoord")
    dienst = _dienst_by_slug(dienst_slug)
    try:
        user = auth_ops.create_user(db.session, None, email=email, naam=naam, functie=None,
                                    dienst_id=dienst.id if dienst else None, invite=False)
        auth_ops.set_password(db.session, user, password)
        auth_ops.assign_role(db.session, None, user, Rol(rol),
                             dienst_id=dienst.id if dienst else None)
    except DomainError as error:
        raise click.ClickException(error.message) from error
    commit()
    click.echo(f"Account {user.email} aangemaakt met rol {rol}.")


def _dienst_by_slug(slug: str | None) -> Dienst | None:
    if not slug:
        return None
    dienst = db.session.scalars(select(Dienst).where(Dienst.slug == slug)).first()
    if dienst is None:
        raise click.BadParameter(f"onbekende dienst '{slug}'", param_hint="--dienst")
    return dienst


def register_commands(app: Flask) -> None:
    from visitatie.backup.cli import register_backup_commands
    from visitatie.notificaties.cli import register_notification_commands
    from visitatie.themas.cli import themes as themes_group
    from visitatie.verbeterplannen.reminders import register_reminder_commands

    for command in (seed_command, demo_command, create_user_command):
        app.cli.add_command(command)
    register_reminder_commands(app)  # `flask reminders schedule`, before `run` joins the group
    register_notification_commands(app)
    register_backup_commands(app)  # `flask export` / `flask import`
    app.cli.add_command(themes_group)  # `flask themes evaluate`
