//! Content bodies are Markdown written by coordinators: rendered to HTML and cleaned, so
//! that no one editing content can put a script on the site.

use pulldown_cmark::{Options, Parser, html};

/// Safe HTML for a Markdown text.
pub fn markdown(text: &str) -> String {
    let parser = Parser::new_ext(text, Options::ENABLE_STRIKETHROUGH);
    let mut unsafe_html = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut unsafe_html, parser);
    ammonia::Builder::default().link_rel(Some("noopener noreferrer")).clean(&unsafe_html).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_html_without_scripts() {
        let html = markdown(
            "Hola **mundo**\n\n- uno\n- dos\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))",
        );
        assert!(html.contains("<strong>mundo</strong>"));
        assert!(html.contains("<li>uno</li>"));
        assert!(!html.contains("<script"));
        assert!(!html.contains("href=\"javascript"));
    }
}
