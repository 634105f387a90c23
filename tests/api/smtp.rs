//! A real SMTP server on a local port (mailin-embedded), collecting what it receives.

use std::net::TcpListener;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use mail_parser::MessageParser;
use mailin_embedded::{Handler, Response, Server, response};

/// A message as the SMTP server received it, decoded.
#[derive(Debug, Clone)]
pub struct ReceivedMail {
    pub to: Vec<String>,
    pub subject: String,
    pub text: String,
    pub html: String,
    pub message_id: String,
    pub reply_to: String,
    pub from: String,
    pub raw: String,
}

#[derive(Clone, Default)]
struct Collector {
    inbox: Arc<Mutex<Vec<ReceivedMail>>>,
    current: Vec<u8>,
    to: Vec<String>,
}

impl Handler for Collector {
    /// Refuses for good (550) any recipient whose address says "refused".
    fn rcpt(&mut self, to: &str) -> Response {
        if to.contains("refused") { response::NO_MAILBOX } else { response::OK }
    }

    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.current.clear();
        self.to = to.to_vec();
        response::OK
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        let raw = String::from_utf8_lossy(&self.current).into_owned();
        let parsed = MessageParser::default().parse(&self.current);
        let mail = match parsed {
            Some(message) => ReceivedMail {
                to: self.to.clone(),
                subject: message.subject().unwrap_or("").to_owned(),
                text: message.body_text(0).map(|t| t.into_owned()).unwrap_or_default(),
                html: message.body_html(0).map(|t| t.into_owned()).unwrap_or_default(),
                message_id: message.message_id().unwrap_or("").to_owned(),
                reply_to: message
                    .reply_to()
                    .and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .unwrap_or("")
                    .to_owned(),
                from: message
                    .from()
                    .and_then(|a| a.first())
                    .and_then(|a| a.address())
                    .unwrap_or("")
                    .to_owned(),
                raw,
            },
            None => ReceivedMail {
                to: self.to.clone(),
                subject: String::new(),
                text: String::new(),
                html: String::new(),
                message_id: String::new(),
                reply_to: String::new(),
                from: String::new(),
                raw,
            },
        };
        self.inbox.lock().expect("inbox lock").push(mail);
        response::OK
    }
}

/// A mail server that is down: its port bound, not listening (see [`SmtpServer::down`]).
pub struct DownServer {
    socket: socket2::Socket,
    pub port: u16,
}

impl DownServer {
    pub fn url(&self) -> String {
        SmtpServer::url(self.port)
    }

    /// The mail server comes up on the kept port.
    pub fn start(self) -> SmtpServer {
        self.socket.listen(128).expect("listen");
        SmtpServer::serve(self.socket.into())
    }
}

pub struct SmtpServer {
    pub port: u16,
    inbox: Arc<Mutex<Vec<ReceivedMail>>>,
}

impl SmtpServer {
    /// Starts a server on a free port.
    pub fn start() -> SmtpServer {
        SmtpServer::start_on(0)
    }

    /// Starts a server on a free port.
    fn start_on(port: u16) -> SmtpServer {
        SmtpServer::serve(TcpListener::bind(("127.0.0.1", port)).expect("SMTP port free"))
    }

    fn serve(listener: TcpListener) -> SmtpServer {
        let port = listener.local_addr().expect("address").port();
        let collector = Collector::default();
        let inbox = collector.inbox.clone();
        let mut server = Server::new(collector);
        server.with_name("test-smtp").with_num_threads(2).with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
        SmtpServer { port, inbox }
    }

    /// A mail server that is down, on a port kept for it until it comes up with
    /// [`DownServer::start`]: connections are refused meanwhile, and no other socket of the
    /// tests running beside this one (a server, a client's own end) can take the port.
    pub fn down() -> DownServer {
        let socket =
            socket2::Socket::new(socket2::Domain::IPV4, socket2::Type::STREAM, None).expect("socket");
        let address: std::net::SocketAddr = ([127, 0, 0, 1], 0).into();
        socket.bind(&address.into()).expect("bind");
        let port = socket.local_addr().expect("address").as_socket().expect("an IP address").port();
        DownServer { socket, port }
    }

    /// A port nothing listens on: a mail server that stays down.
    pub fn free_port() -> u16 {
        TcpListener::bind("127.0.0.1:0").expect("bind").local_addr().expect("address").port()
    }

    pub fn url(port: u16) -> String {
        format!("smtp://127.0.0.1:{port}")
    }

    pub fn received(&self) -> Vec<ReceivedMail> {
        self.inbox.lock().expect("inbox lock").clone()
    }

    /// Waits until at least `count` messages arrived (or fails after `timeout`).
    pub async fn wait_for(&self, count: usize, timeout: Duration) -> Vec<ReceivedMail> {
        let start = Instant::now();
        loop {
            let received = self.received();
            if received.len() >= count {
                return received;
            }
            assert!(
                start.elapsed() < timeout,
                "expected {count} messages, got {}: {received:#?}",
                received.len()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
}
