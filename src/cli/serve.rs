//! `tupu serve`: the store over HTTP (see [`tupu::serve`]).

use super::{Status, StoreArg};
use anyhow::{bail, Context, Result};
use clap::Args;
use std::io::Write;
use std::net::SocketAddr;
use std::time::Duration;
use tupu::{serve, store};

#[derive(Debug, Args)]
pub struct ServeArgs {
    #[command(flatten)]
    pub store: StoreArg,
    /// Address and port to listen on (port 0: any free port, printed at start)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:7878")]
    pub bind: SocketAddr,
    /// Base IRI of the store's entities and documents [default: found in the store,
    /// else https://w3id.org/tupu/id/]; `{base}{rest}` is served at /id/{rest}
    #[arg(long, value_name = "IRI")]
    pub base: Option<String>,
    /// Cancel a query (or page) after SECS seconds, answering 503
    #[arg(long, value_name = "SECS", default_value_t = 10.0)]
    pub timeout: f64,
    /// Accept SPARQL Update at /update (otherwise 403)
    #[arg(long)]
    pub allow_update: bool,
    /// Let queries call other endpoints with SERVICE (otherwise refused)
    #[arg(long)]
    pub allow_service: bool,
    /// Allow cross-origin requests from any web page (Access-Control-Allow-Origin: *)
    #[arg(long)]
    pub cors: bool,
    /// Largest request body (a POSTed query or update), in bytes
    #[arg(long, value_name = "BYTES", default_value_t = 1 << 20)]
    pub max_request_bytes: usize,
    /// Largest response, in MiB (a bigger result is refused: add LIMIT)
    #[arg(long, value_name = "MIB", default_value_t = 256)]
    pub max_response_mib: usize,
}

pub fn run(args: ServeArgs) -> Result<Status> {
    if !(args.timeout > 0.0 && args.timeout.is_finite()) {
        bail!("--timeout must be a positive number of seconds");
    }
    let store = store::open_existing(&args.store.store)?;
    let base = match &args.base {
        Some(base) => tupu::Mapper::new(base)?.base().to_string(),
        None => serve::detect_base(&store).unwrap_or_else(|| tupu::vocab::DEFAULT_BASE.to_string()),
    };
    let config = serve::Config {
        base: base.clone(),
        timeout: Duration::from_secs_f64(args.timeout),
        allow_update: args.allow_update,
        allow_service: args.allow_service,
        cors: args.cors,
        max_request_bytes: args.max_request_bytes,
        max_response_bytes: args.max_response_mib.saturating_mul(1 << 20),
        ..serve::Config::default()
    };
    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("cannot start the server's runtime")?;
    let served = runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(args.bind).await.with_context(|| format!("cannot listen on {}", args.bind))?;
        let address = listener.local_addr()?;
        // the first line of standard output is the address: scripts and tests wait for it
        let mut out = std::io::stdout().lock();
        writeln!(out, "tupu: serving {} at http://{address}/", args.store.store.display())?;
        out.flush()?;
        drop(out);
        let mode = if config.allow_update { "read-write (--allow-update)" } else { "read-only" };
        eprintln!(
            "tupu: SPARQL endpoint http://{address}/query, {mode}, time-out {} s; entities {base}… at http://{address}/id/…",
            config.timeout.as_secs_f64()
        );
        if !address.ip().is_loopback() {
            eprintln!("tupu: warning: listening on {}, reachable from other machines", address.ip());
        }
        let router = serve::router(store, config);
        serve::serve(listener, router, shutdown_signal()).await.context("the server stopped")?;
        anyhow::Ok(())
    });
    // a query that ignores its cancellation must not keep the process alive
    runtime.shutdown_timeout(Duration::from_secs(1));
    served?;
    eprintln!("tupu: server stopped");
    Ok(Status::Ok)
}

/// Ctrl-C or SIGTERM: stop taking connections, finish the requests in flight.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
}
