//! Rate limits, in memory only (addresses are never stored): form posts per client, and
//! login attempts per client and per account.

use std::net::{IpAddr, SocketAddr};
use std::num::NonZeroU32;
use std::time::Duration;

use axum::http::HeaderMap;
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// The client: the socket's peer, or behind our own proxy (`TRUST_PROXY`) the address it
/// appended last to `X-Forwarded-For` (the ones before it can be forged by the client).
pub fn client_ip(trust_proxy: bool, peer: SocketAddr, headers: &HeaderMap) -> IpAddr {
    if trust_proxy {
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .filter_map(|ip| ip.trim().parse::<IpAddr>().ok())
            .next_back();
        if let Some(ip) = forwarded {
            return ip;
        }
    }
    peer.ip()
}

/// Limits form posts per client address; addresses are held in memory only.
pub struct PostLimiter {
    limiter: Option<DefaultKeyedRateLimiter<IpAddr>>,
    trust_proxy: bool,
}

impl PostLimiter {
    /// `per_minute` posts per address per minute; 0 turns the limit off.
    pub fn new(per_minute: u32, trust_proxy: bool) -> PostLimiter {
        PostLimiter {
            limiter: NonZeroU32::new(per_minute).map(|n| RateLimiter::keyed(Quota::per_minute(n))),
            trust_proxy,
        }
    }

    /// Counts a post from this client; `false` when it is over the limit.
    pub fn allow(&self, peer: SocketAddr, headers: &HeaderMap) -> bool {
        let Some(limiter) = &self.limiter else { return true };
        limiter.check_key(&client_ip(self.trust_proxy, peer, headers)).is_ok()
    }

    /// Forgets addresses whose limit has recovered, so memory stays small.
    pub fn forget_idle(&self) {
        if let Some(limiter) = &self.limiter {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

/// Limits login attempts per client address and per account, in memory.
pub struct LoginLimiter {
    by_ip: DefaultKeyedRateLimiter<IpAddr>,
    by_account: DefaultKeyedRateLimiter<String>,
    trust_proxy: bool,
}

impl LoginLimiter {
    pub fn new(trust_proxy: bool) -> LoginLimiter {
        let twenty = NonZeroU32::new(20).unwrap_or(NonZeroU32::MIN);
        let five = NonZeroU32::new(5).unwrap_or(NonZeroU32::MIN);
        LoginLimiter {
            // 20 attempts at once, then one more every 30 seconds.
            by_ip: RateLimiter::keyed(
                Quota::with_period(Duration::from_secs(30))
                    .unwrap_or(Quota::per_minute(twenty))
                    .allow_burst(twenty),
            ),
            // 5 attempts at once, then one more every 3 minutes.
            by_account: RateLimiter::keyed(
                Quota::with_period(Duration::from_secs(180))
                    .unwrap_or(Quota::per_hour(five))
                    .allow_burst(five),
            ),
            trust_proxy,
        }
    }

    /// Counts an attempt; `false` when this address or this account tried too often.
    pub fn allow(&self, peer: SocketAddr, headers: &HeaderMap, email: &str) -> bool {
        let ip_ok = self.by_ip.check_key(&client_ip(self.trust_proxy, peer, headers)).is_ok();
        let account_ok = self.by_account.check_key(&email.to_lowercase()).is_ok();
        ip_ok && account_ok
    }

    /// Counts a signed-in coordinator's attempt at her own password (asked again before a
    /// password change or a change of her second step): the same limit per account as
    /// sign-ins, on a budget of its own, so that an open session cannot be used to guess it.
    pub fn allow_password_check(&self, email: &str) -> bool {
        self.by_account.check_key(&format!("password check: {}", email.to_lowercase())).is_ok()
    }

    pub fn forget_idle(&self) {
        self.by_ip.retain_recent();
        self.by_account.retain_recent();
    }
}
