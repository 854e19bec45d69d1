//! The Atmos Personal Data Server.
