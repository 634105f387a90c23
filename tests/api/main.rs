//! Black-box tests: the real application on a random port, a fresh SQLite file each,
//! spoken to over HTTP.

mod accounts;
mod admin;
mod backups;
mod casework;
mod events;
mod faults;
mod forms;
mod hardening;
mod helpers;
mod i18n_keys;
mod layers;
mod operations;
mod properties;
mod public_site;
mod routes;
mod seed;
mod smtp;
mod two_step;
mod warnings;
