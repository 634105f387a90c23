//! A response body prepared once in every encoding we serve (identity, gzip, brotli), with
//! an ETag, so that serving it costs no more than copying a pointer.

use std::io::Write;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use sha2::{Digest, Sha256};

#[derive(Debug, Clone)]
pub struct CompressedBody {
    identity: Bytes,
    gzip: Bytes,
    brotli: Bytes,
    /// Hex digest of the identity bytes; each encoding's ETag adds a suffix.
    digest: String,
    content_type: HeaderValue,
    cache_control: HeaderValue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Identity,
    Gzip,
    Brotli,
}

impl CompressedBody {
    pub fn new(
        bytes: impl Into<Bytes>,
        content_type: &'static str,
        cache_control: &'static str,
    ) -> CompressedBody {
        let identity: Bytes = bytes.into();
        let digest = hex_digest(&identity);
        CompressedBody {
            gzip: gzip(&identity).into(),
            brotli: brotli(&identity).into(),
            identity,
            digest,
            content_type: HeaderValue::from_static(content_type),
            cache_control: HeaderValue::from_static(cache_control),
        }
    }

    /// Hex digest of the content, for fingerprinted URLs.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    pub fn identity(&self) -> &Bytes {
        &self.identity
    }

    /// The response for a request with these headers: the best encoding the client
    /// accepts, or 304 when its cached copy is current.
    pub fn respond(&self, request_headers: &HeaderMap) -> Response {
        let encoding = preferred_encoding(request_headers);
        let (body, suffix, content_encoding) = match encoding {
            Encoding::Brotli => (&self.brotli, "-br", Some("br")),
            Encoding::Gzip => (&self.gzip, "-gz", Some("gzip")),
            Encoding::Identity => (&self.identity, "", None),
        };
        let etag = format!("\"{}{}\"", &self.digest[..20], suffix);
        let mut headers = HeaderMap::with_capacity(6);
        if let Ok(value) = HeaderValue::from_str(&etag) {
            headers.insert(header::ETAG, value);
        }
        headers.insert(header::CACHE_CONTROL, self.cache_control.clone());
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        if etag_matches(request_headers, &etag) {
            return (StatusCode::NOT_MODIFIED, headers).into_response();
        }
        headers.insert(header::CONTENT_TYPE, self.content_type.clone());
        if let Some(coding) = content_encoding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        (headers, Body::from(body.clone())).into_response()
    }
}

fn etag_matches(request_headers: &HeaderMap, etag: &str) -> bool {
    request_headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag == etag || tag == "*")
}

/// Brotli, else gzip, else identity, honouring `q=0` refusals.
fn preferred_encoding(headers: &HeaderMap) -> Encoding {
    let mut gzip = false;
    let mut brotli = false;
    for value in headers.get_all(header::ACCEPT_ENCODING).iter().filter_map(|v| v.to_str().ok()) {
        for part in value.split(',') {
            let mut pieces = part.split(';');
            let coding = pieces.next().unwrap_or("").trim();
            let refused = pieces.any(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.trim().parse::<f32>().ok())
                    .is_some_and(|q| q <= 0.0)
            });
            if refused {
                continue;
            }
            match coding {
                c if c.eq_ignore_ascii_case("br") => brotli = true,
                c if c.eq_ignore_ascii_case("gzip") => gzip = true,
                "*" => {
                    brotli = true;
                    gzip = true;
                }
                _ => {}
            }
        }
    }
    if brotli {
        Encoding::Brotli
    } else if gzip {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

fn hex_digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(accept: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(accept).expect("ascii"));
        h
    }

    #[test]
    fn encoding_follows_what_the_client_accepts() {
        assert_eq!(preferred_encoding(&HeaderMap::new()), Encoding::Identity);
        assert_eq!(preferred_encoding(&headers("gzip, deflate")), Encoding::Gzip);
        assert_eq!(preferred_encoding(&headers("gzip, deflate, br, zstd")), Encoding::Brotli);
        assert_eq!(preferred_encoding(&headers("br;q=0, gzip")), Encoding::Gzip);
        assert_eq!(preferred_encoding(&headers("identity")), Encoding::Identity);
    }

    #[test]
    fn compressed_forms_decode_to_the_original() {
        let text = "hola ".repeat(500);
        let body = CompressedBody::new(text.clone(), "text/plain", "no-cache");
        let mut decoded = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&body.gzip[..]), &mut decoded)
            .expect("valid gzip");
        assert_eq!(decoded, text);
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &body.brotli[..], &mut decoded).expect("valid brotli");
        assert_eq!(decoded, text.as_bytes());
    }
}
