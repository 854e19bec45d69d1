//! The Atmos Personal Data Server.
//!
//! - [`plc`]: did:plc operations, chain verification, the embedded PLC directory server and a client.

pub mod plc;
