//! WebSocket passthrough: once both sides switched protocols, bytes are copied both ways until either closes or shutdown ends the grace period.

use hyper::upgrade::OnUpgrade;
use hyper_util::rt::TokioIo;
use tokio::sync::watch;

/// Joins the client's and the upstream's upgraded connections in a background task.
pub(crate) fn spawn(client: OnUpgrade, upstream: OnUpgrade, mut stop: watch::Receiver<bool>) {
    tokio::spawn(async move {
        let (client, upstream) = match tokio::try_join!(client, upstream) {
            Ok(pair) => pair,
            Err(err) => {
                tracing::debug!(%err, "upgrade failed");
                return;
            }
        };
        let mut client = TokioIo::new(client);
        let mut upstream = TokioIo::new(upstream);
        let stopped = async move {
            let _ = stop.wait_for(|stop| *stop).await;
        };
        tokio::select! {
            result = tokio::io::copy_bidirectional(&mut client, &mut upstream) => match result {
                Ok((up, down)) => tracing::debug!(up, down, "tunnel closed"),
                Err(err) => tracing::debug!(%err, "tunnel ended with an error"),
            },
            () = stopped => tracing::debug!("tunnel closed by shutdown"),
        }
    });
}
