//! Lexer and recursive-descent parser for the expression language (grammar in the parent module's docs).
//!
//! Text becomes `(token, byte offset)` pairs, then a [`Node`] tree whose every node keeps the offset it was read
//! at, so that every syntax error points at the offending token. Function names are resolved here; whether a call
//! makes sense for its arguments is left to the type checker.

use super::{CmpOp, ErrorKind, ExprError, Func, Kind, Node};
use crate::workflow::date::Date;

fn syntax(at: usize, message: impl Into<String>) -> ExprError {
    ExprError {
        at,
        message: message.into(),
        kind: ErrorKind::Syntax,
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Name(String),
    Num(f64),
    Str(String),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Op(&'static str),
}

fn lex(src: &str) -> Result<Vec<(Tok, usize)>, ExprError> {
    let bytes = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let start = i;
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            b'(' => out.push((Tok::LParen, i)),
            b')' => out.push((Tok::RParen, i)),
            b'[' => out.push((Tok::LBracket, i)),
            b']' => out.push((Tok::RBracket, i)),
            b',' => out.push((Tok::Comma, i)),
            b'+' => out.push((Tok::Op("+"), i)),
            b'-' => out.push((Tok::Op("-"), i)),
            b'*' => out.push((Tok::Op("*"), i)),
            b'/' => out.push((Tok::Op("/"), i)),
            b'=' | b'!' | b'<' | b'>' => {
                let two = bytes.get(i + 1) == Some(&b'=');
                let op = match (c, two) {
                    (b'=', true) => "==",
                    (b'!', true) => "!=",
                    (b'<', true) => "<=",
                    (b'>', true) => ">=",
                    (b'<', false) => "<",
                    (b'>', false) => ">",
                    (b'=', false) => return Err(syntax(i, "`=` is not an operator: compare with `==`")),
                    _ => return Err(syntax(i, "`!` is not an operator: write `not` or `!=`")),
                };
                out.push((Tok::Op(op), i));
                i += op.len();
                continue;
            }
            b'&' | b'|' => return Err(syntax(i, "write `and` / `or` instead of `&&` / `||`")),
            b'"' | b'\'' => {
                let quote = c;
                let mut text = String::new();
                i += 1;
                loop {
                    let Some(&b) = bytes.get(i) else {
                        return Err(syntax(start, "this string is not closed"));
                    };
                    if b == quote {
                        break;
                    }
                    if b == b'\\' && quote == b'"' {
                        match bytes.get(i + 1) {
                            Some(&e @ (b'"' | b'\\')) => {
                                text.push(char::from(e));
                                i += 2;
                                continue;
                            }
                            _ => return Err(syntax(i, "only `\\\"` and `\\\\` escapes are allowed")),
                        }
                    }
                    let ch = src[i..].chars().next().ok_or_else(|| syntax(i, "bad text"))?;
                    text.push(ch);
                    i += ch.len_utf8();
                }
                out.push((Tok::Str(text), start));
            }
            b'0'..=b'9' => {
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
                    i += 1;
                    while i < bytes.len() && bytes[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                let n: f64 = src[start..i]
                    .parse()
                    .map_err(|_| syntax(start, "this number cannot be read"))?;
                out.push((Tok::Num(n), start));
                continue;
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                    i += 1;
                }
                out.push((Tok::Name(src[start..i].to_owned()), start));
                continue;
            }
            _ => {
                let ch = src[i..].chars().next().unwrap_or('?');
                return Err(syntax(i, format!("unexpected character `{ch}`")));
            }
        }
        i += 1;
    }
    Ok(out)
}

/// Parse one expression.
pub(crate) fn parse(src: &str) -> Result<Node, ExprError> {
    let toks = lex(src)?;
    let mut p = Parser {
        toks,
        pos: 0,
        end: src.len(),
    };
    if p.toks.is_empty() {
        return Err(syntax(0, "the expression is empty"));
    }
    let node = p.or()?;
    if let Some((t, at)) = p.toks.get(p.pos) {
        return Err(syntax(
            *at,
            format!("unexpected {} after a complete expression", describe(t)),
        ));
    }
    Ok(node)
}

fn describe(t: &Tok) -> String {
    match t {
        Tok::Name(n) => format!("`{n}`"),
        Tok::Num(n) => format!("number {n}"),
        Tok::Str(s) => format!("string {s:?}"),
        Tok::LParen => "`(`".into(),
        Tok::RParen => "`)`".into(),
        Tok::LBracket => "`[`".into(),
        Tok::RBracket => "`]`".into(),
        Tok::Comma => "`,`".into(),
        Tok::Op(o) => format!("`{o}`"),
    }
}

struct Parser {
    toks: Vec<(Tok, usize)>,
    pos: usize,
    end: usize,
}

impl Parser {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos).map(|(t, _)| t)
    }

    fn at(&self) -> usize {
        self.toks.get(self.pos).map_or(self.end, |(_, a)| *a)
    }

    fn is_word(&self, word: &str) -> bool {
        matches!(self.peek(), Some(Tok::Name(n)) if n == word)
    }

    fn is_word_at(&self, offset: usize, word: &str) -> bool {
        matches!(self.toks.get(self.pos + offset), Some((Tok::Name(n), _)) if n == word)
    }

    fn expect(&mut self, tok: &Tok, what: &str) -> Result<usize, ExprError> {
        match self.toks.get(self.pos) {
            Some((t, at)) if t == tok => {
                let at = *at;
                self.pos += 1;
                Ok(at)
            }
            Some((t, at)) => Err(syntax(*at, format!("expected {what}, found {}", describe(t)))),
            None => Err(syntax(self.end, format!("expected {what} before the end"))),
        }
    }

    fn or(&mut self) -> Result<Node, ExprError> {
        let mut left = self.and()?;
        while self.is_word("or") {
            let at = self.at();
            self.pos += 1;
            let right = self.and()?;
            left = Node {
                kind: Kind::Or(Box::new(left), Box::new(right)),
                at,
            };
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Node, ExprError> {
        let mut left = self.not()?;
        while self.is_word("and") {
            let at = self.at();
            self.pos += 1;
            let right = self.not()?;
            left = Node {
                kind: Kind::And(Box::new(left), Box::new(right)),
                at,
            };
        }
        Ok(left)
    }

    fn not(&mut self) -> Result<Node, ExprError> {
        if self.is_word("not") {
            let at = self.at();
            self.pos += 1;
            let inner = self.not()?;
            return Ok(Node {
                kind: Kind::Not(Box::new(inner)),
                at,
            });
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Result<Node, ExprError> {
        let left = self.sum()?;
        let op = match self.peek() {
            Some(Tok::Op("==")) => Some(CmpOp::Eq),
            Some(Tok::Op("!=")) => Some(CmpOp::Ne),
            Some(Tok::Op("<")) => Some(CmpOp::Lt),
            Some(Tok::Op("<=")) => Some(CmpOp::Le),
            Some(Tok::Op(">")) => Some(CmpOp::Gt),
            Some(Tok::Op(">=")) => Some(CmpOp::Ge),
            _ => None,
        };
        let node = if let Some(op) = op {
            let at = self.at();
            self.pos += 1;
            let right = self.sum()?;
            Node {
                kind: Kind::Cmp(op, Box::new(left), Box::new(right)),
                at,
            }
        } else if self.is_word("in") || (self.is_word("not") && self.is_word_at(1, "in")) {
            let at = self.at();
            let negated = self.is_word("not");
            self.pos += if negated { 2 } else { 1 };
            let items = self.list()?;
            let node = Node {
                kind: Kind::In(Box::new(left), items),
                at,
            };
            if negated {
                Node {
                    kind: Kind::Not(Box::new(node)),
                    at,
                }
            } else {
                node
            }
        } else {
            return Ok(left);
        };
        if let Some(Tok::Op(o @ ("==" | "!=" | "<" | "<=" | ">" | ">="))) = self.peek() {
            return Err(syntax(
                self.at(),
                format!("comparisons do not chain: join them with `and` (before `{o}`)"),
            ));
        }
        Ok(node)
    }

    fn list(&mut self) -> Result<Vec<Node>, ExprError> {
        self.expect(&Tok::LBracket, "`[` to start the list after `in`")?;
        let mut items = Vec::new();
        loop {
            let at = self.at();
            let kind = match self.toks.get(self.pos).map(|(t, _)| t.clone()) {
                Some(Tok::Str(s)) => Kind::Str(s),
                Some(Tok::Num(n)) => Kind::Num(n),
                Some(Tok::Op("-")) => match self.toks.get(self.pos + 1) {
                    Some((Tok::Num(n), _)) => {
                        self.pos += 1;
                        Kind::Num(-n)
                    }
                    _ => return Err(syntax(at, "a list after `in` holds only literal values")),
                },
                Some(Tok::Name(n)) if n == "true" || n == "false" => Kind::Bool(n == "true"),
                Some(Tok::RBracket) if items.is_empty() => {
                    return Err(syntax(at, "the list after `in` is empty"));
                }
                _ => return Err(syntax(at, "a list after `in` holds only literal values")),
            };
            self.pos += 1;
            items.push(Node { kind, at });
            match self.peek() {
                Some(Tok::Comma) => self.pos += 1,
                Some(Tok::RBracket) => {
                    self.pos += 1;
                    return Ok(items);
                }
                _ => return Err(syntax(self.at(), "expected `,` or `]` in the list")),
            }
        }
    }

    fn sum(&mut self) -> Result<Node, ExprError> {
        let mut left = self.product()?;
        loop {
            let plus = match self.peek() {
                Some(Tok::Op("+")) => true,
                Some(Tok::Op("-")) => false,
                _ => return Ok(left),
            };
            let at = self.at();
            self.pos += 1;
            let right = self.product()?;
            let (l, r) = (Box::new(left), Box::new(right));
            left = Node {
                kind: if plus { Kind::Add(l, r) } else { Kind::Sub(l, r) },
                at,
            };
        }
    }

    fn product(&mut self) -> Result<Node, ExprError> {
        let mut left = self.unary()?;
        loop {
            let times = match self.peek() {
                Some(Tok::Op("*")) => true,
                Some(Tok::Op("/")) => false,
                _ => return Ok(left),
            };
            let at = self.at();
            self.pos += 1;
            let right = self.unary()?;
            let (l, r) = (Box::new(left), Box::new(right));
            left = Node {
                kind: if times { Kind::Mul(l, r) } else { Kind::Div(l, r) },
                at,
            };
        }
    }

    fn unary(&mut self) -> Result<Node, ExprError> {
        if let Some(Tok::Op("-")) = self.peek() {
            let at = self.at();
            self.pos += 1;
            let inner = self.unary()?;
            return Ok(Node {
                kind: Kind::Neg(Box::new(inner)),
                at,
            });
        }
        self.primary()
    }

    fn primary(&mut self) -> Result<Node, ExprError> {
        let at = self.at();
        let Some(tok) = self.peek().cloned() else {
            return Err(syntax(self.end, "the expression ends too early"));
        };
        self.pos += 1;
        let kind = match tok {
            Tok::Num(n) => Kind::Num(n),
            Tok::Str(s) => Kind::Str(s),
            Tok::LParen => {
                let inner = self.or()?;
                self.expect(&Tok::RParen, "`)`")?;
                return Ok(inner);
            }
            Tok::Name(name) => match name.as_str() {
                "true" => Kind::Bool(true),
                "false" => Kind::Bool(false),
                "and" | "or" | "not" | "in" => {
                    return Err(syntax(at, format!("`{name}` needs a value before it")));
                }
                _ if self.peek() == Some(&Tok::LParen) => return self.call(&name, at),
                _ => Kind::Ref(name),
            },
            other => return Err(syntax(at, format!("unexpected {}", describe(&other)))),
        };
        Ok(Node { kind, at })
    }

    fn call(&mut self, name: &str, at: usize) -> Result<Node, ExprError> {
        self.pos += 1; // `(`
        let mut args = Vec::new();
        if self.peek() != Some(&Tok::RParen) {
            loop {
                args.push(self.or()?);
                if self.peek() == Some(&Tok::Comma) {
                    self.pos += 1;
                } else {
                    break;
                }
            }
        }
        self.expect(&Tok::RParen, "`)` to close the call")?;
        if name == "date" {
            return match args.as_slice() {
                [
                    Node {
                        kind: Kind::Str(s), ..
                    },
                ] => s.parse::<Date>().map_or_else(
                    |e| Err(syntax(at, e.to_string())),
                    |d| {
                        Ok(Node {
                            kind: Kind::Date(d),
                            at,
                        })
                    },
                ),
                _ => Err(syntax(at, "`date` takes one string: date(\"2026-01-31\")")),
            };
        }
        let Some(func) = Func::from_name(name) else {
            return Err(ExprError {
                at,
                message: format!(
                    "unknown function `{name}`: the functions are today, selected, answered, count, years, \
                     date, complete and departure_ready"
                ),
                kind: ErrorKind::UnknownName,
            });
        };
        Ok(Node {
            kind: Kind::Call(func, args),
            at,
        })
    }
}
