//! The website and intake system of a community organisation of Latin American migrant
//! women in Belgium.

pub mod app;
pub mod assets;
pub mod auth;
pub mod backups;
pub mod clock;
pub mod compressed;
pub mod config;
pub mod crypto;
pub mod db;
pub mod domain;
pub mod error;
pub mod feeds;
pub mod i18n;
pub mod local_time;
pub mod mail;
pub mod maintenance;
pub mod markdown;
pub mod metrics;
pub mod server;
pub mod startup;
pub mod web;
