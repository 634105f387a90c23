//! Black-box tests: the real application on a random port, a fresh SQLite file each,
//! spoken to over HTTP.

mod admin;
mod forms;
mod helpers;
mod i18n_keys;
mod public_site;
mod seed;
mod smtp;
