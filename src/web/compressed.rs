//! A response body prepared once in every encoding we serve (identity, gzip, brotli), with
//! an ETag, so that serving it costs no more than copying a pointer.

use std::io::Write;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use sha2::{Digest, Sha256};

#[derive(Debug, Clone)]
pub struct CompressedBody {
    identity: Bytes,
    gzip: Bytes,
    brotli: Bytes,
    /// Hex digest of the identity bytes; each encoding's ETag adds a suffix.
    digest: String,
    /// The ETag of each encoding, ready to send (identity, gzip, brotli): built once here,
    /// not per request.
    etags: [HeaderValue; 3],
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
        let etag = |suffix: &str| {
            // Hex digits and a suffix: always a valid header value.
            HeaderValue::from_str(&format!("\"{}{suffix}\"", &digest[..20]))
                .unwrap_or_else(|_| HeaderValue::from_static("\"\""))
        };
        CompressedBody {
            gzip: gzip(&identity).into(),
            brotli: brotli(&identity).into(),
            etags: [etag(""), etag("-gz"), etag("-br")],
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
    ///
    /// This is the hot path of every cached page: no allocation besides the response
    /// itself (the ETags and header values are built once, in `new`).
    pub fn respond(&self, request_headers: &HeaderMap) -> Response {
        let (body, etag, content_encoding) = match preferred_encoding(request_headers) {
            Encoding::Brotli => (&self.brotli, &self.etags[2], Some("br")),
            Encoding::Gzip => (&self.gzip, &self.etags[1], Some("gzip")),
            Encoding::Identity => (&self.identity, &self.etags[0], None),
        };
        // Room for ours and the security headers the middleware adds, without regrowing.
        let mut headers = HeaderMap::with_capacity(RESPONSE_HEADERS);
        headers.insert(header::ETAG, etag.clone());
        headers.insert(header::CACHE_CONTROL, self.cache_control.clone());
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        if etag_matches(request_headers, etag.as_bytes()) {
            let mut response = Response::new(Body::empty());
            *response.status_mut() = StatusCode::NOT_MODIFIED;
            *response.headers_mut() = headers;
            return response;
        }
        headers.insert(header::CONTENT_TYPE, self.content_type.clone());
        if let Some(coding) = content_encoding {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(coding));
        }
        let mut response = Response::new(Body::from(body.clone()));
        *response.headers_mut() = headers;
        response
    }
}

/// Headers a cached response ends up with: ours (up to 5) and those the middleware adds.
const RESPONSE_HEADERS: usize = 16;

fn etag_matches(request_headers: &HeaderMap, etag: &[u8]) -> bool {
    request_headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|tag| tag.trim().trim_start_matches("W/"))
        .any(|tag| tag.as_bytes() == etag || tag == "*")
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
