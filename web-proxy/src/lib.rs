//! Same-domain reverse proxy for the Atmos web app and its PDS.
