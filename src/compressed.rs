//! A response body prepared once in every encoding we serve (identity, gzip, brotli), with
//! an ETag, so that serving it costs no more than copying a pointer.

use std::io::Write;

use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::Response;
use sha2::{Digest, Sha256};

/// How long browsers and proxies may keep a response: every response says it on purpose.
/// A response that says nothing gets [`CachePolicy::NoStore`] from the router's layer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CachePolicy {
    /// Kept nowhere: anything personal or per visitor (forms with a token or with what she
    /// typed, thank-you pages, the back office, errors, redirects).
    NoStore,
    /// The same for everyone, kept but checked again each time (public pages: an edit in
    /// the back office shows at once).
    Revalidate,
    /// Depends on the visitor's language cookie: kept by her browser only, checked again.
    PrivateRevalidate,
    /// Never changes under this URL (fingerprinted static files).
    Immutable,
}

impl CachePolicy {
    pub fn header_value(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            CachePolicy::NoStore => "no-store",
            CachePolicy::Revalidate => "no-cache",
            CachePolicy::PrivateRevalidate => "private, no-cache",
            CachePolicy::Immutable => "public, max-age=31536000, immutable",
        })
    }
}

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
        cache_policy: CachePolicy,
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
            cache_control: cache_policy.header_value(),
        }
    }

    /// Hex digest of the content, for fingerprinted URLs.
    pub fn digest(&self) -> &str {
        &self.digest
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
    let (gzip, brotli) = accepted_encodings(headers);
    if brotli {
        Encoding::Brotli
    } else if gzip {
        Encoding::Gzip
    } else {
        Encoding::Identity
    }
}

/// Whether the client accepts gzip, and brotli, honouring `q=0` refusals.
fn accepted_encodings(headers: &HeaderMap) -> (bool, bool) {
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
    (gzip, brotli)
}

/// A page that is the same for every visitor but for one hole (a form's token), prepared
/// once around the hole in identity and gzip form. Serving it costs a copy and a CRC, not a
/// render and a compression: the gzip stream is the deflated text before the hole (ending
/// on a byte boundary), the hole's text as a stored block, then the deflated text after it.
///
/// Brotli is not offered: its streams cannot be spliced like this, and gzip is accepted by
/// every browser that accepts brotli.
#[derive(Debug, Clone)]
pub struct SplicedBody {
    before: Bytes,
    after: Bytes,
    /// Gzip header and the raw deflate of `before`, sync-flushed (not final).
    gzip_before: Bytes,
    /// The raw deflate of `after`, compressed on its own, ending with the final block.
    gzip_after: Bytes,
    content_type: HeaderValue,
    cache_control: HeaderValue,
}

/// A gzip member header: deflate, no flags, no time, maximum compression, unknown OS.
const GZIP_HEADER: [u8; 10] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 2, 0xff];
/// The largest stored deflate block.
const STORED_BLOCK_MAX: usize = 65_535;

impl SplicedBody {
    /// Splits `page` at its `hole`; `None` unless the page contains it exactly once.
    pub fn new(
        page: &str,
        hole: &str,
        content_type: &'static str,
        cache_policy: CachePolicy,
    ) -> Option<SplicedBody> {
        let (before, after) = page.split_once(hole)?;
        if after.contains(hole) {
            return None;
        }
        let mut gzip_before = GZIP_HEADER.to_vec();
        let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        // Writing to a Vec cannot fail. `flush` is a sync flush: what is written so far is
        // out, ending on a byte boundary, and the stream stays open. Take it before the
        // encoder is dropped (dropping finishes the stream, into the emptied Vec).
        let _ = encoder.write_all(before.as_bytes());
        let _ = encoder.flush();
        gzip_before.append(encoder.get_mut());
        drop(encoder);
        let mut encoder = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::best());
        let _ = encoder.write_all(after.as_bytes());
        let gzip_after = encoder.finish().unwrap_or_default();
        Some(SplicedBody {
            before: Bytes::copy_from_slice(before.as_bytes()),
            after: Bytes::copy_from_slice(after.as_bytes()),
            gzip_before: gzip_before.into(),
            gzip_after: gzip_after.into(),
            content_type: HeaderValue::from_static(content_type),
            cache_control: cache_policy.header_value(),
        })
    }

    /// The page with `fill` in its hole.
    pub fn identity(&self, fill: &str) -> Vec<u8> {
        let mut page = Vec::with_capacity(self.before.len() + fill.len() + self.after.len());
        page.extend_from_slice(&self.before);
        page.extend_from_slice(fill.as_bytes());
        page.extend_from_slice(&self.after);
        page
    }

    /// The page with `fill` in its hole, gzip-compressed.
    pub fn gzip(&self, fill: &str) -> Vec<u8> {
        let fill = fill.as_bytes();
        let blocks = fill.len().div_ceil(STORED_BLOCK_MAX).max(1);
        let mut out =
            Vec::with_capacity(self.gzip_before.len() + blocks * 5 + fill.len() + self.gzip_after.len() + 8);
        out.extend_from_slice(&self.gzip_before);
        let mut chunks = fill.chunks(STORED_BLOCK_MAX);
        for _ in 0..blocks {
            let chunk = chunks.next().unwrap_or_default();
            // A stored block that is not the last: BFINAL 0, BTYPE 00, then LEN and NLEN.
            let len = u16::try_from(chunk.len()).unwrap_or(u16::MAX);
            out.push(0);
            out.extend_from_slice(&len.to_le_bytes());
            out.extend_from_slice(&(!len).to_le_bytes());
            out.extend_from_slice(chunk);
        }
        out.extend_from_slice(&self.gzip_after);
        let mut crc = flate2::Crc::new();
        crc.update(&self.before);
        crc.update(fill);
        crc.update(&self.after);
        out.extend_from_slice(&crc.sum().to_le_bytes());
        out.extend_from_slice(&crc.amount().to_le_bytes());
        out
    }

    /// The response for a request with these headers: gzip when the client accepts it.
    pub fn respond(&self, request_headers: &HeaderMap, fill: &str) -> Response {
        let mut headers = HeaderMap::with_capacity(RESPONSE_HEADERS);
        headers.insert(header::CONTENT_TYPE, self.content_type.clone());
        headers.insert(header::CACHE_CONTROL, self.cache_control.clone());
        headers.insert(header::VARY, HeaderValue::from_static("Accept-Encoding"));
        let body = if accepted_encodings(request_headers).0 {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
            self.gzip(fill)
        } else {
            self.identity(fill)
        };
        let mut response = Response::new(Body::from(body));
        *response.headers_mut() = headers;
        response
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

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut decoded = Vec::new();
        std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut decoded)
            .expect("valid gzip");
        decoded
    }

    #[test]
    fn a_spliced_page_decodes_to_the_page_with_its_hole_filled() {
        let page = format!(
            "{}<input name=\"token\" value=\"HOLE\">{}",
            "antes ".repeat(800),
            "después ".repeat(900)
        );
        let body = SplicedBody::new(&page, "HOLE", "text/html; charset=utf-8", CachePolicy::NoStore)
            .expect("has a hole");
        for fill in ["", "1732900000.abc.def", &"x".repeat(70_000)] {
            let expected = page.replacen("HOLE", fill, 1);
            assert_eq!(body.identity(fill), expected.as_bytes());
            assert_eq!(gunzip(&body.gzip(fill)), expected.as_bytes());
        }
        assert!(SplicedBody::new("no hole here", "HOLE", "text/plain", CachePolicy::NoStore).is_none());
        assert!(SplicedBody::new("HOLE twice HOLE", "HOLE", "text/plain", CachePolicy::NoStore).is_none());
    }

    #[test]
    fn a_spliced_page_is_gzip_only_when_accepted() {
        let body =
            SplicedBody::new("a HOLE b", "HOLE", "text/plain", CachePolicy::NoStore).expect("has a hole");
        let gzip = body.respond(&headers("gzip, deflate, br, zstd"), "x");
        assert_eq!(gzip.headers()[header::CONTENT_ENCODING], "gzip");
        let plain = body.respond(&headers("br"), "x");
        assert!(plain.headers().get(header::CONTENT_ENCODING).is_none());
        assert_eq!(plain.headers()[header::CACHE_CONTROL], "no-store");
    }

    #[test]
    fn compressed_forms_decode_to_the_original() {
        let text = "hola ".repeat(500);
        let body = CompressedBody::new(text.clone(), "text/plain", CachePolicy::Revalidate);
        let mut decoded = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&body.gzip[..]), &mut decoded)
            .expect("valid gzip");
        assert_eq!(decoded, text);
        let mut decoded = Vec::new();
        brotli::BrotliDecompress(&mut &body.brotli[..], &mut decoded).expect("valid brotli");
        assert_eq!(decoded, text.as_bytes());
    }
}
