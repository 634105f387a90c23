use std::io::BufRead;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use latinas::app::accounts;
use latinas::auth::hash_new_password;
use latinas::config::Config;
use latinas::crypto::Keys;
use latinas::db::audit::Actor;
use latinas::db::{Db, WriteLimits, coordinators, requests};
use latinas::domain::contact::EmailAddress;
use latinas::domain::text::ShortText;
use latinas::domain::vocab::Role;
use latinas::startup::Application;

/// The website and intake system of a community organisation of Latin American migrant women in Belgium.
#[derive(Parser)]
#[command(version)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the site (the default).
    Serve,
    /// Apply database migrations, then exit.
    Migrate,
    /// Manage coordinator accounts. Passwords are read from the first line of standard input.
    #[command(subcommand)]
    Coordinator(CoordinatorCommand),
    /// Write a consistent copy of the live database to PATH (safe while the site serves).
    Backup { path: PathBuf },
    /// Restore a backup (from `latinas backup` or BACKUP_DIR) as the site's database: refused
    /// while the site runs; the database it replaces is kept beside it. An encrypted backup
    /// (`.age`) needs the age identity that BACKUP_RECIPIENT belongs to.
    Restore {
        file: PathBuf,
        /// The age identity file (from age-keygen) that decrypts the backup.
        #[arg(long)]
        identity: Option<PathBuf>,
    },
    /// Delete requests closed longer ago than RETENTION_DAYS, now.
    Purge,
    /// After a key rotation (new DATA_KEY, old ones in DATA_KEYS_OLD): re-encrypt everything
    /// under the new key, so the old ones can be dropped.
    Rekey,
    /// Exit 0 when the site on BIND_ADDR answers ready (`/readyz`), 1 otherwise: for
    /// service managers and monitors without curl.
    Healthcheck,
}

#[derive(Subcommand)]
enum CoordinatorCommand {
    /// Create an account: `echo 'a long password' | latinas coordinator add --email E --name N`.
    Add {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin (everything), coordinator (requests; the default) or editor (the website's
        /// content only).
        #[arg(long, value_parser = parse_role, conflicts_with = "admin")]
        role: Option<Role>,
        /// Shorthand for `--role admin`.
        #[arg(long)]
        admin: bool,
    },
    /// Set a new password for an account.
    Passwd {
        #[arg(long)]
        email: String,
    },
    /// Remove an account's second step of sign-in (a lost phone and lost recovery codes):
    /// she sets up a new one at her next sign-in. Her sessions end.
    ResetTwoStep {
        #[arg(long)]
        email: String,
    },
    /// Delete an account (its sessions end with it).
    Remove {
        #[arg(long)]
        email: String,
    },
}

/// The log on standard error: lines for a person (the default), or one JSON object per line
/// for a log collector (`LOG_FORMAT=json`), with the same fields and no personal data.
fn init_logs() -> Result<(), String> {
    let filter = tracing_subscriber::EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| "info,sqlx=warn,lettre=warn".into());
    let logs = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match std::env::var("LOG_FORMAT").unwrap_or_default().trim() {
        "" | "text" => logs
            // Colours only for a person at a terminal, not in journald or a log file.
            .with_ansi(std::io::IsTerminal::is_terminal(&std::io::stderr()))
            .init(),
        "json" => logs.json().with_current_span(true).with_span_list(false).init(),
        other => return Err(format!("invalid LOG_FORMAT: {other:?} is neither text nor json")),
    }
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    if let Err(error) = init_logs() {
        eprintln!("latinas: {error}");
        return ExitCode::from(2);
    }
    let cli = Cli::parse();
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(error) => {
            eprintln!("latinas: {error}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => Db::connect(&config.database_url, WriteLimits::from_config(&config))
            .await
            .map(|_| println!("migrations applied")),
        Command::Coordinator(command) => coordinator(&config, command).await,
        Command::Backup { path } => backup(&config, &path).await,
        Command::Restore { file, identity } => restore(&config, &file, identity.as_deref()).await,
        Command::Purge => purge(&config).await,
        Command::Rekey => rekey(&config).await,
        Command::Healthcheck => healthcheck(&config).await,
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("latinas: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Asks the site on `BIND_ADDR` whether it is ready, within 5 seconds.
async fn healthcheck(config: &Config) -> anyhow::Result<()> {
    use http_body_util::Empty;
    use hyper::body::Bytes;
    // A site listening on every address answers on loopback.
    let mut addr = config.bind_addr;
    if addr.ip().is_unspecified() {
        addr.set_ip(if addr.is_ipv4() {
            std::net::Ipv4Addr::LOCALHOST.into()
        } else {
            std::net::Ipv6Addr::LOCALHOST.into()
        });
    }
    let ask = async {
        let stream = tokio::net::TcpStream::connect(addr).await?;
        let (mut sender, connection) =
            hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream)).await?;
        tokio::spawn(connection);
        let request = hyper::Request::get("/readyz")
            .header(hyper::header::HOST, addr.to_string())
            .body(Empty::<Bytes>::new())?;
        anyhow::Ok(sender.send_request(request).await?.status())
    };
    let status = tokio::time::timeout(std::time::Duration::from_secs(5), ask)
        .await
        .map_err(|_| anyhow::anyhow!("no answer from {addr} within 5 seconds"))??;
    anyhow::ensure!(status.is_success(), "{addr} is not ready: /readyz answered {status}");
    println!("ready: {addr}");
    Ok(())
}

async fn serve(config: Config) -> anyhow::Result<()> {
    Application::build(config).await?.run_until_stopped().await
}

fn read_password() -> anyhow::Result<String> {
    let mut line = String::new();
    std::io::stdin().lock().read_line(&mut line)?;
    Ok(line.trim_end_matches(['\n', '\r']).to_owned())
}

fn parse_role(text: &str) -> Result<Role, String> {
    Role::parse(text).ok_or_else(|| format!("{text} is not a role: admin, coordinator or editor"))
}

async fn coordinator(config: &Config, command: CoordinatorCommand) -> anyhow::Result<()> {
    let db = Db::connect(&config.database_url, WriteLimits::from_config(config)).await?;
    match command {
        CoordinatorCommand::Add { email, name, role, admin } => {
            let email = EmailAddress::parse(&email)
                .ok_or_else(|| anyhow::anyhow!("not an email address: {email}"))?;
            let name = ShortText::parse(&name)
                .map_err(|_| anyhow::anyhow!("the name must be 1 to 120 characters"))?;
            let hash = hash_new_password(read_password()?, &[email.as_str(), name.as_str()]).await?;
            let role = if admin { Role::Admin } else { role.unwrap_or(Role::Coordinator) };
            accounts::add_coordinator(&db, Actor::COMMAND_LINE, &email, &name, &hash, role).await?;
            println!("added {} ({})", email.as_str(), role.label(latinas::i18n::Lang::En).to_lowercase());
        }
        CoordinatorCommand::Passwd { email } => {
            let hash = hash_new_password(read_password()?, &[email.as_str()]).await?;
            anyhow::ensure!(
                accounts::reset_password(&db, &email, &hash).await?,
                "no coordinator with this email"
            );
            println!("password changed for {email}; every session of the account has ended");
        }
        CoordinatorCommand::ResetTwoStep { email } => match accounts::reset_two_step(&db, &email).await? {
            None => anyhow::bail!("no coordinator with this email"),
            Some(true) => {
                println!("two-step sign-in removed for {email}: she sets it up again at her next sign-in")
            }
            Some(false) => {
                println!("{email} had no two-step sign-in; every session of the account has ended")
            }
        },
        CoordinatorCommand::Remove { email } => {
            let (id, _) = coordinators::credentials(&db.read, &email)
                .await?
                .ok_or_else(|| anyhow::anyhow!("no coordinator with this email"))?;
            anyhow::ensure!(
                accounts::remove_coordinator(&db, Actor::COMMAND_LINE, id).await?,
                "no coordinator with this email"
            );
            println!("removed {email}");
        }
    }
    Ok(())
}

async fn restore(
    config: &Config,
    file: &std::path::Path,
    identity: Option<&std::path::Path>,
) -> anyhow::Result<()> {
    let database = latinas::db::database_path(&config.database_url)?;
    let (requests, kept) = latinas::backups::restore(file, identity, &database).await?;
    println!("restored {} ({requests} requests) as {}", file.display(), database.display());
    if let Some(kept) = kept {
        println!("the database it replaced is kept as {}", kept.display());
    }
    Ok(())
}

async fn backup(config: &Config, path: &std::path::Path) -> anyhow::Result<()> {
    let db = Db::connect(&config.database_url, WriteLimits::from_config(config)).await?;
    anyhow::ensure!(!path.exists(), "{} exists already: choose a new file", path.display());
    latinas::db::backup(&db, path).await?;
    println!("backup written to {}", path.display());
    Ok(())
}

async fn purge(config: &Config) -> anyhow::Result<()> {
    let db = Db::connect(&config.database_url, WriteLimits::from_config(config)).await?;
    let purged = requests::purge_closed(&db.write, config.retention_days).await?;
    println!("deleted {purged} requests closed more than {} days ago", config.retention_days);
    Ok(())
}

async fn rekey(config: &Config) -> anyhow::Result<()> {
    let db = Db::connect(&config.database_url, WriteLimits::from_config(config)).await?;
    let keys = Keys::load(
        config.data_key.as_ref().map(|k| k.0.as_str()),
        config.data_keys_old.as_ref().map(|k| k.0.as_str()),
        &config.data_dir,
    )?;
    let changed = latinas::db::rekey::reseal_all(&db, &keys).await?;
    println!("re-encrypted {changed} values under the current DATA_KEY; DATA_KEYS_OLD can now be removed");
    Ok(())
}
