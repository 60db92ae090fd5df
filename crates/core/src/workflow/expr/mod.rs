//! The expression language of workflow definitions: lexer, parser, type checker and evaluator.
//!
//! ```text
//! expr       := or
//! or         := and ("or" and)*
//! and        := not ("and" not)*
//! not        := "not" not | comparison
//! comparison := sum (("==" | "!=" | "<" | "<=" | ">" | ">=") sum | "not"? "in" "[" literal ("," literal)* "]")?
//! sum        := product (("+" | "-") product)*
//! product    := unary (("*" | "/") unary)*
//! unary      := "-" unary | primary
//! primary    := number | string | "true" | "false" | name | name "(" args ")" | "(" expr ")"
//! ```
//!
//! Evaluation is three-valued: a name whose answer is missing, hidden or invalid is *unknown*, and unknown spreads
//! through comparisons and arithmetic. `and`/`or`/`not` follow Kleene logic (`false and unknown` is `false`,
//! `true or unknown` is `true`). What unknown means is decided by the caller: a step is shown only when its
//! relevance is `true`, and a safeguard holds unless its condition is `false`. See `handbook/workflows/README.md`.

use std::fmt;

use super::date::Date;

/// A parsed expression node; `at` is the byte offset in the expression text, for error positions.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    pub(crate) kind: Kind,
    pub(crate) at: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Kind {
    Bool(bool),
    Num(f64),
    Str(String),
    Date(Date),
    /// Never written by authors: the checker uses it for answers that can never be given.
    Unknown,
    Ref(String),
    Not(Box<Node>),
    Neg(Box<Node>),
    And(Box<Node>, Box<Node>),
    Or(Box<Node>, Box<Node>),
    Cmp(CmpOp, Box<Node>, Box<Node>),
    In(Box<Node>, Vec<Node>),
    Add(Box<Node>, Box<Node>),
    Sub(Box<Node>, Box<Node>),
    /// Numbers only: `pregnancy_weeks * 7`.
    Mul(Box<Node>, Box<Node>),
    /// Numbers only; unknown when dividing by zero (the result is not finite).
    Div(Box<Node>, Box<Node>),
    Call(Func, Vec<Node>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CmpOp {
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Func {
    /// `today()`: the date passed to the engine.
    Today,
    /// `selected(field, "option")`: the option is chosen (multiple or single choice).
    Selected,
    /// `answered(name)`: the field is shown and holds a valid answer (or the flag is known). Never unknown.
    Answered,
    /// `count(field)`: how many options of a multiple-choice field are chosen.
    Count,
    /// `years(from, to)`: whole years between two dates.
    Years,
    /// `complete("step-id")`: the step is shown, not blocked, and every answer in it is present and valid.
    Complete,
    /// `departure_ready()`: every record in `[departure]` covers the planned date and every requirement holds.
    DepartureReady,
    /// `latched("safeguard-id")`: the case holds a latch for this latched safeguard (it was triggered by a recorded
    /// answer and not cleared by a correction). Never unknown. Keeps the questions that lift a latched stop in view
    /// after the answer that triggered it was edited.
    Latched,
}

impl Func {
    fn from_name(name: &str) -> Option<Func> {
        Some(match name {
            "today" => Func::Today,
            "selected" => Func::Selected,
            "answered" => Func::Answered,
            "count" => Func::Count,
            "years" => Func::Years,
            "complete" => Func::Complete,
            "departure_ready" => Func::DepartureReady,
            "latched" => Func::Latched,
            _ => return None,
        })
    }
}

/// Words an author cannot use as a field or flag id.
pub(crate) const RESERVED: &[&str] = &[
    "and",
    "or",
    "not",
    "in",
    "true",
    "false",
    "today",
    "selected",
    "answered",
    "count",
    "years",
    "complete",
    "departure_ready",
    "latched",
    "date",
];

/// A problem in one expression, at a byte offset of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ExprError {
    pub(crate) at: usize,
    pub(crate) message: String,
    pub(crate) kind: ErrorKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    Syntax,
    UnknownName,
    Type,
}

fn syntax(at: usize, message: impl Into<String>) -> ExprError {
    ExprError {
        at,
        message: message.into(),
        kind: ErrorKind::Syntax,
    }
}

// ---------------------------------------------------------------------------------------------------------------
// Lexer

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

// ---------------------------------------------------------------------------------------------------------------
// Parser

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

// ---------------------------------------------------------------------------------------------------------------
// Types

/// The type of a value in an expression. Choice types carry their options so that a misspelt option is an error.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ty {
    Bool,
    Number,
    Text,
    Date,
    Choice(Vec<String>),
    Multi(Vec<String>),
    /// The type of something that already failed to check: compatible with everything, so that one mistake is
    /// reported once.
    Any,
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Ty::Bool => "yes/no",
            Ty::Number => "number",
            Ty::Text => "text",
            Ty::Date => "date",
            Ty::Choice(_) => "single choice",
            Ty::Multi(_) => "multiple choice",
            Ty::Any => "unknown type",
        })
    }
}

/// What a name in an expression refers to, for the type checker.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum NameKind {
    Field,
    Flag,
}

pub(crate) trait TypeEnv {
    fn name(&self, name: &str) -> Option<(NameKind, Ty)>;
    fn has_step(&self, id: &str) -> bool;
    /// A safeguard with this id is declared `latched`.
    fn has_latched_safeguard(&self, id: &str) -> bool;
    fn has_departure(&self) -> bool;
}

fn type_err(at: usize, message: impl Into<String>) -> ExprError {
    ExprError {
        at,
        message: message.into(),
        kind: ErrorKind::Type,
    }
}

/// Check that `node` is a yes/no expression.
pub(crate) fn check_bool(node: &Node, env: &dyn TypeEnv) -> Result<(), ExprError> {
    match type_of(node, env)? {
        Ty::Bool | Ty::Any => Ok(()),
        other => Err(type_err(
            node.at,
            format!("this must be a yes/no condition, but it is a {other}"),
        )),
    }
}

/// The type of `node`, or the first type error in it.
pub(crate) fn type_of(node: &Node, env: &dyn TypeEnv) -> Result<Ty, ExprError> {
    let at = node.at;
    Ok(match &node.kind {
        Kind::Bool(_) => Ty::Bool,
        Kind::Num(_) => Ty::Number,
        Kind::Str(_) => Ty::Text,
        Kind::Date(_) => Ty::Date,
        Kind::Unknown => Ty::Any,
        Kind::Ref(name) => match env.name(name) {
            Some((_, ty)) => ty,
            None => {
                return Err(ExprError {
                    at,
                    message: format!("unknown field or flag `{name}`"),
                    kind: ErrorKind::UnknownName,
                });
            }
        },
        Kind::Not(inner) => {
            expect_bool(inner, env, "`not`")?;
            Ty::Bool
        }
        Kind::And(l, r) | Kind::Or(l, r) => {
            let word = if matches!(node.kind, Kind::And(..)) {
                "`and`"
            } else {
                "`or`"
            };
            expect_bool(l, env, word)?;
            expect_bool(r, env, word)?;
            Ty::Bool
        }
        Kind::Neg(inner) => match type_of(inner, env)? {
            Ty::Number | Ty::Any => Ty::Number,
            other => return Err(type_err(at, format!("`-` needs a number, not a {other}"))),
        },
        Kind::Add(l, r) | Kind::Sub(l, r) => {
            let plus = matches!(node.kind, Kind::Add(..));
            let (lt, rt) = (type_of(l, env)?, type_of(r, env)?);
            match (&lt, &rt, plus) {
                (Ty::Any, _, _) | (_, Ty::Any, _) => Ty::Any,
                (Ty::Number, Ty::Number, _) => Ty::Number,
                (Ty::Date, Ty::Number, _) | (Ty::Number, Ty::Date, true) => Ty::Date,
                (Ty::Date, Ty::Date, false) => Ty::Number,
                _ => {
                    let op = if plus { "+" } else { "-" };
                    return Err(type_err(
                        at,
                        format!(
                            "cannot compute {lt} {op} {rt}: use numbers, a date ± a number of days, or date - date"
                        ),
                    ));
                }
            }
        }
        Kind::Mul(l, r) | Kind::Div(l, r) => {
            let op = if matches!(node.kind, Kind::Mul(..)) {
                "*"
            } else {
                "/"
            };
            match (type_of(l, env)?, type_of(r, env)?) {
                (Ty::Number | Ty::Any, Ty::Number | Ty::Any) => Ty::Number,
                (lt, rt) => {
                    return Err(type_err(
                        at,
                        format!("cannot compute {lt} {op} {rt}: `{op}` works on numbers only"),
                    ));
                }
            }
        }
        Kind::Cmp(op, l, r) => {
            let (lt, rt) = (type_of(l, env)?, type_of(r, env)?);
            check_comparison(*op, (&lt, l), (&rt, r), at)?;
            Ty::Bool
        }
        Kind::In(l, items) => {
            let lt = type_of(l, env)?;
            for item in items {
                let it = type_of(item, env)?;
                let ok = match (&lt, &it) {
                    (Ty::Any, _) => true,
                    (Ty::Choice(options), Ty::Text) => {
                        check_option(options, item)?;
                        true
                    }
                    (Ty::Multi(_), _) => {
                        return Err(type_err(
                            at,
                            "a multiple-choice answer is a set: test it with selected(field, \"option\")",
                        ));
                    }
                    (Ty::Bool, _) => {
                        return Err(type_err(at, "test a yes/no answer directly instead of with `in`"));
                    }
                    (a, b) => a == b,
                };
                if !ok {
                    return Err(type_err(
                        item.at,
                        format!("a {it} in a list compared with a {lt}"),
                    ));
                }
            }
            Ty::Bool
        }
        Kind::Call(func, args) => call_type(*func, args, env, at)?,
    })
}

fn expect_bool(node: &Node, env: &dyn TypeEnv, word: &str) -> Result<(), ExprError> {
    match type_of(node, env)? {
        Ty::Bool | Ty::Any => Ok(()),
        other => Err(type_err(
            node.at,
            format!("{word} needs yes/no conditions, but this is a {other}"),
        )),
    }
}

fn check_option(options: &[String], item: &Node) -> Result<(), ExprError> {
    if let Kind::Str(s) = &item.kind
        && !options.iter().any(|o| o == s)
    {
        return Err(type_err(
            item.at,
            format!("{s:?} is not one of the options ({})", options.join(", ")),
        ));
    }
    Ok(())
}

fn check_comparison(op: CmpOp, l: (&Ty, &Node), r: (&Ty, &Node), at: usize) -> Result<(), ExprError> {
    let ordering = !matches!(op, CmpOp::Eq | CmpOp::Ne);
    let ok = match (l.0, r.0) {
        (Ty::Any, _) | (_, Ty::Any) => true,
        (Ty::Multi(_), _) | (_, Ty::Multi(_)) => {
            return Err(type_err(
                at,
                "a multiple-choice answer is a set: test it with selected(field, \"option\") or count(field)",
            ));
        }
        (Ty::Number, Ty::Number) | (Ty::Date, Ty::Date) => true,
        (Ty::Choice(options), Ty::Text) | (Ty::Text, Ty::Choice(options)) if !ordering => {
            check_option(options, l.1)?;
            check_option(options, r.1)?;
            true
        }
        (Ty::Choice(_), Ty::Choice(_)) | (Ty::Text, Ty::Text) | (Ty::Bool, Ty::Bool) => !ordering,
        _ => false,
    };
    if ok {
        Ok(())
    } else if ordering {
        Err(type_err(
            at,
            format!(
                "cannot order a {} and a {}: `<` and `>` compare numbers or dates",
                l.0, r.0
            ),
        ))
    } else {
        Err(type_err(at, format!("cannot compare a {} with a {}", l.0, r.0)))
    }
}

fn call_type(func: Func, args: &[Node], env: &dyn TypeEnv, at: usize) -> Result<Ty, ExprError> {
    let arity = |n: usize, usage: &str| {
        if args.len() == n {
            Ok(())
        } else {
            Err(type_err(at, format!("wrong number of arguments: write {usage}")))
        }
    };
    let field_arg = |node: &Node, usage: &str| -> Result<(String, Ty), ExprError> {
        match &node.kind {
            Kind::Ref(name) => match env.name(name) {
                Some((NameKind::Field, ty)) => Ok((name.clone(), ty)),
                Some((NameKind::Flag, _)) => Err(type_err(node.at, format!("`{name}` is a flag; {usage}"))),
                None => Err(ExprError {
                    at: node.at,
                    message: format!("unknown field `{name}`"),
                    kind: ErrorKind::UnknownName,
                }),
            },
            _ => Err(type_err(
                node.at,
                format!("the first argument must be a field id: {usage}"),
            )),
        }
    };
    Ok(match func {
        Func::Today => {
            arity(0, "today()")?;
            Ty::Date
        }
        Func::DepartureReady => {
            arity(0, "departure_ready()")?;
            if !env.has_departure() {
                return Err(type_err(at, "departure_ready() needs a [departure] section"));
            }
            Ty::Bool
        }
        Func::Selected => {
            let usage = "selected(field, \"option\")";
            arity(2, usage)?;
            let (_, ty) = field_arg(&args[0], usage)?;
            match (&ty, &args[1].kind) {
                (Ty::Multi(options) | Ty::Choice(options), Kind::Str(_)) => check_option(options, &args[1])?,
                (Ty::Multi(_) | Ty::Choice(_), _) => {
                    return Err(type_err(
                        args[1].at,
                        format!("the option must be a string: {usage}"),
                    ));
                }
                (Ty::Any, _) => {}
                (other, _) => {
                    return Err(type_err(
                        args[0].at,
                        format!("selected() needs a choice field, not a {other}"),
                    ));
                }
            }
            Ty::Bool
        }
        Func::Answered => {
            arity(1, "answered(name)")?;
            match &args[0].kind {
                Kind::Ref(name) if env.name(name).is_some() => {}
                Kind::Ref(name) => {
                    return Err(ExprError {
                        at: args[0].at,
                        message: format!("unknown field or flag `{name}`"),
                        kind: ErrorKind::UnknownName,
                    });
                }
                _ => return Err(type_err(args[0].at, "answered() takes a field or flag id")),
            }
            Ty::Bool
        }
        Func::Count => {
            arity(1, "count(field)")?;
            let (_, ty) = field_arg(&args[0], "count(field)")?;
            if !matches!(ty, Ty::Multi(_) | Ty::Any) {
                return Err(type_err(
                    args[0].at,
                    format!("count() needs a multiple-choice field, not a {ty}"),
                ));
            }
            Ty::Number
        }
        Func::Years => {
            arity(2, "years(from_date, to_date)")?;
            for a in args {
                let t = type_of(a, env)?;
                if !matches!(t, Ty::Date | Ty::Any) {
                    return Err(type_err(a.at, format!("years() needs two dates, not a {t}")));
                }
            }
            Ty::Number
        }
        Func::Latched => {
            arity(1, "latched(\"safeguard-id\")")?;
            match &args[0].kind {
                Kind::Str(id) if env.has_latched_safeguard(id) => {}
                Kind::Str(id) => {
                    return Err(ExprError {
                        at: args[0].at,
                        message: format!("`{id}` is not a latched safeguard"),
                        kind: ErrorKind::UnknownName,
                    });
                }
                _ => return Err(type_err(args[0].at, "latched() takes a safeguard id as a string")),
            }
            Ty::Bool
        }
        Func::Complete => {
            arity(1, "complete(\"step-id\")")?;
            match &args[0].kind {
                Kind::Str(id) if env.has_step(id) => {}
                Kind::Str(id) => {
                    return Err(ExprError {
                        at: args[0].at,
                        message: format!("unknown step `{id}`"),
                        kind: ErrorKind::UnknownName,
                    });
                }
                _ => return Err(type_err(args[0].at, "complete() takes a step id as a string")),
            }
            Ty::Bool
        }
    })
}

// ---------------------------------------------------------------------------------------------------------------
// What an expression depends on

/// Everything an expression reads: used for the dependency graph and for the checker.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Deps {
    /// Field and flag ids, sorted, without repeats.
    pub(crate) names: Vec<String>,
    /// Steps read through `complete(...)`.
    pub(crate) steps: Vec<String>,
    pub(crate) today: bool,
    pub(crate) departure: bool,
}

pub(crate) fn deps(node: &Node) -> Deps {
    fn walk(node: &Node, d: &mut Deps) {
        match &node.kind {
            Kind::Ref(n) => d.names.push(n.clone()),
            Kind::Bool(_) | Kind::Num(_) | Kind::Str(_) | Kind::Date(_) | Kind::Unknown => {}
            Kind::Not(a) | Kind::Neg(a) => walk(a, d),
            Kind::And(a, b)
            | Kind::Or(a, b)
            | Kind::Add(a, b)
            | Kind::Sub(a, b)
            | Kind::Mul(a, b)
            | Kind::Div(a, b)
            | Kind::Cmp(_, a, b) => {
                walk(a, d);
                walk(b, d);
            }
            Kind::In(a, items) => {
                walk(a, d);
                items.iter().for_each(|i| walk(i, d));
            }
            Kind::Call(func, args) => match func {
                Func::Today => d.today = true,
                Func::DepartureReady => d.departure = true,
                Func::Latched => {}
                Func::Complete => {
                    if let Some(Kind::Str(s)) = args.first().map(|a| &a.kind) {
                        d.steps.push(s.clone());
                    }
                }
                _ => args.iter().for_each(|a| walk(a, d)),
            },
        }
    }
    let mut d = Deps::default();
    walk(node, &mut d);
    d.names.sort();
    d.names.dedup();
    d.steps.sort();
    d.steps.dedup();
    d
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation

/// A known value. Unknown is `None` wherever a `Val` is expected.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Val {
    Bool(bool),
    Num(f64),
    Text(String),
    Date(Date),
    List(Vec<String>),
}

/// Where an evaluation reads its inputs.
pub(crate) trait Env {
    /// The value of a field or flag, `None` when unknown.
    fn value(&mut self, name: &str) -> Option<Val>;
    fn today(&mut self) -> Option<Date>;
    fn complete(&mut self, step: &str) -> Option<bool>;
    fn departure_ready(&mut self) -> Option<bool>;
    /// Whether the case holds a latch for this safeguard.
    fn latched(&mut self, safeguard: &str) -> bool;
}

pub(crate) fn truth(v: Option<Val>) -> Option<bool> {
    v.and_then(|v| match v {
        Val::Bool(b) => Some(b),
        _ => None,
    })
}

/// Evaluate `node`. Never panics: anything that cannot be computed (an unknown input, a date out of range) is
/// unknown.
pub(crate) fn eval(node: &Node, env: &mut dyn Env) -> Option<Val> {
    match &node.kind {
        Kind::Bool(b) => Some(Val::Bool(*b)),
        Kind::Num(n) => Some(Val::Num(*n)),
        Kind::Str(s) => Some(Val::Text(s.clone())),
        Kind::Date(d) => Some(Val::Date(*d)),
        Kind::Unknown => None,
        Kind::Ref(name) => env.value(name),
        Kind::Not(a) => truth(eval(a, env)).map(|b| Val::Bool(!b)),
        Kind::And(a, b) => {
            let (x, y) = (truth(eval(a, env)), truth(eval(b, env)));
            match (x, y) {
                (Some(false), _) | (_, Some(false)) => Some(Val::Bool(false)),
                (Some(true), Some(true)) => Some(Val::Bool(true)),
                _ => None,
            }
        }
        Kind::Or(a, b) => {
            let (x, y) = (truth(eval(a, env)), truth(eval(b, env)));
            match (x, y) {
                (Some(true), _) | (_, Some(true)) => Some(Val::Bool(true)),
                (Some(false), Some(false)) => Some(Val::Bool(false)),
                _ => None,
            }
        }
        Kind::Neg(a) => match eval(a, env)? {
            Val::Num(n) => Some(Val::Num(-n)),
            _ => None,
        },
        Kind::Add(a, b) => match (eval(a, env)?, eval(b, env)?) {
            (Val::Num(x), Val::Num(y)) => finite(x + y),
            (Val::Date(d), Val::Num(n)) | (Val::Num(n), Val::Date(d)) => {
                whole_days(n).and_then(|n| d.add_days(n)).map(Val::Date)
            }
            _ => None,
        },
        Kind::Mul(a, b) => match (eval(a, env)?, eval(b, env)?) {
            (Val::Num(x), Val::Num(y)) => finite(x * y),
            _ => None,
        },
        Kind::Div(a, b) => match (eval(a, env)?, eval(b, env)?) {
            (Val::Num(x), Val::Num(y)) => finite(x / y),
            _ => None,
        },
        Kind::Sub(a, b) => match (eval(a, env)?, eval(b, env)?) {
            (Val::Num(x), Val::Num(y)) => finite(x - y),
            (Val::Date(d), Val::Num(n)) => whole_days(n)
                .and_then(|n| n.checked_neg())
                .and_then(|n| d.add_days(n))
                .map(Val::Date),
            (Val::Date(x), Val::Date(y)) => Some(Val::Num(y.days_until(x) as f64)),
            _ => None,
        },
        Kind::Cmp(op, a, b) => {
            let (x, y) = (eval(a, env)?, eval(b, env)?);
            let ord = match (&x, &y) {
                (Val::Num(p), Val::Num(q)) => p.partial_cmp(q)?,
                (Val::Date(p), Val::Date(q)) => p.cmp(q),
                (Val::Text(p), Val::Text(q)) => p.cmp(q),
                (Val::Bool(p), Val::Bool(q)) => p.cmp(q),
                _ => return None,
            };
            use std::cmp::Ordering::{Equal, Greater, Less};
            Some(Val::Bool(match op {
                CmpOp::Eq => ord == Equal,
                CmpOp::Ne => ord != Equal,
                CmpOp::Lt => ord == Less,
                CmpOp::Le => ord != Greater,
                CmpOp::Gt => ord == Greater,
                CmpOp::Ge => ord != Less,
            }))
        }
        Kind::In(a, items) => {
            let x = eval(a, env)?;
            let mut found = false;
            for item in items {
                if eval(item, env).is_some_and(|v| v == x) {
                    found = true;
                }
            }
            Some(Val::Bool(found))
        }
        Kind::Call(func, args) => call(*func, args, env),
    }
}

fn finite(n: f64) -> Option<Val> {
    n.is_finite().then_some(Val::Num(n))
}

fn whole_days(n: f64) -> Option<i64> {
    (n.fract() == 0.0 && n.abs() < 4e6).then_some(n as i64)
}

fn call(func: Func, args: &[Node], env: &mut dyn Env) -> Option<Val> {
    let ref_name = |i: usize| match args.get(i).map(|a| &a.kind) {
        Some(Kind::Ref(n)) => Some(n.as_str()),
        _ => None,
    };
    match func {
        Func::Today => env.today().map(Val::Date),
        Func::DepartureReady => env.departure_ready().map(Val::Bool),
        Func::Answered => Some(Val::Bool(ref_name(0).and_then(|n| env.value(n)).is_some())),
        Func::Latched => match args.first().map(|a| &a.kind) {
            Some(Kind::Str(id)) => Some(Val::Bool(env.latched(id))),
            _ => None,
        },
        Func::Complete => match args.first().map(|a| &a.kind) {
            Some(Kind::Str(step)) => env.complete(step).map(Val::Bool),
            _ => None,
        },
        Func::Selected => {
            let value = env.value(ref_name(0)?)?;
            let Some(Kind::Str(option)) = args.get(1).map(|a| &a.kind) else {
                return None;
            };
            match value {
                Val::List(items) => Some(Val::Bool(items.iter().any(|i| i == option))),
                Val::Text(t) => Some(Val::Bool(&t == option)),
                _ => None,
            }
        }
        Func::Count => match env.value(ref_name(0)?)? {
            Val::List(items) => Some(Val::Num(items.len() as f64)),
            _ => None,
        },
        Func::Years => match (eval(args.first()?, env)?, eval(args.get(1)?, env)?) {
            (Val::Date(a), Val::Date(b)) => Some(Val::Num(a.whole_years_until(b) as f64)),
            _ => None,
        },
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    struct Types(HashMap<&'static str, Ty>);

    impl TypeEnv for Types {
        fn name(&self, name: &str) -> Option<(NameKind, Ty)> {
            self.0.get(name).map(|t| (NameKind::Field, t.clone()))
        }
        fn has_step(&self, id: &str) -> bool {
            id == "best-interests"
        }
        fn has_latched_safeguard(&self, id: &str) -> bool {
            id == "asylum-claim-open"
        }
        fn has_departure(&self) -> bool {
            false
        }
    }

    fn types() -> Types {
        Types(HashMap::from([
            ("age", Ty::Number),
            ("age_disputed", Ty::Bool),
            ("fear", Ty::Bool),
            ("dob", Ty::Date),
            ("name", Ty::Text),
            ("outcome", Ty::Choice(vec!["pending".into(), "adult".into()])),
            ("indicators", Ty::Multi(vec!["debt".into(), "none".into()])),
        ]))
    }

    struct Vals(HashMap<&'static str, Val>);

    impl Env for Vals {
        fn value(&mut self, name: &str) -> Option<Val> {
            self.0.get(name).cloned()
        }
        fn today(&mut self) -> Option<Date> {
            "2026-05-01".parse().ok()
        }
        fn complete(&mut self, _: &str) -> Option<bool> {
            Some(false)
        }
        fn departure_ready(&mut self) -> Option<bool> {
            None
        }
        fn latched(&mut self, id: &str) -> bool {
            id == "asylum-claim-open"
        }
    }

    fn run(src: &str, vals: &[(&'static str, Val)]) -> Option<Val> {
        let node = parse(src).unwrap_or_else(|e| panic!("{src}: {e:?}"));
        check_bool(&node, &types()).unwrap_or_else(|e| panic!("{src}: {e:?}"));
        eval(&node, &mut Vals(vals.iter().cloned().collect()))
    }

    fn err(src: &str) -> ExprError {
        match parse(src) {
            Err(e) => e,
            Ok(node) => check_bool(&node, &types()).expect_err(src),
        }
    }

    #[test]
    fn the_handbook_flag_example_reads_as_written() {
        let is_child = "age < 18 or age_disputed";
        assert_eq!(run(is_child, &[("age", Val::Num(16.0))]), Some(Val::Bool(true)));
        assert_eq!(
            run(
                is_child,
                &[("age", Val::Num(30.0)), ("age_disputed", Val::Bool(true))]
            ),
            Some(Val::Bool(true))
        );
        assert_eq!(
            run(
                is_child,
                &[("age", Val::Num(30.0)), ("age_disputed", Val::Bool(false))]
            ),
            Some(Val::Bool(false))
        );
    }

    #[test]
    fn unknown_spreads_except_where_kleene_logic_decides() {
        assert_eq!(run("age < 18", &[]), None, "a missing age is unknown");
        assert_eq!(
            run("age < 18 or fear", &[("fear", Val::Bool(true))]),
            Some(Val::Bool(true))
        );
        assert_eq!(
            run("age < 18 and fear", &[("fear", Val::Bool(false))]),
            Some(Val::Bool(false))
        );
        assert_eq!(run("not fear", &[]), None);
        assert_eq!(
            run("answered(fear)", &[]),
            Some(Val::Bool(false)),
            "answered() is never unknown"
        );
        assert_eq!(run("answered(fear) and fear", &[]), Some(Val::Bool(false)));
    }

    #[test]
    fn in_selected_count_and_dates_evaluate() {
        let chosen = [("indicators", Val::List(vec!["debt".into()]))];
        assert_eq!(
            run("selected(indicators, \"debt\")", &chosen),
            Some(Val::Bool(true))
        );
        assert_eq!(run("count(indicators) > 1", &chosen), Some(Val::Bool(false)));
        let pending = [("outcome", Val::Text("pending".into()))];
        assert_eq!(run("outcome in [\"pending\"]", &pending), Some(Val::Bool(true)));
        assert_eq!(
            run("outcome not in [\"pending\"]", &pending),
            Some(Val::Bool(false))
        );
        let dob = [("dob", Val::Date("2010-05-02".parse().unwrap()))];
        assert_eq!(run("years(dob, today()) < 18", &dob), Some(Val::Bool(true)));
        assert_eq!(
            run("dob + 30 == date(\"2010-06-01\")", &dob),
            Some(Val::Bool(true))
        );
        assert_eq!(run("today() - dob > 5000", &dob), Some(Val::Bool(true)));
        assert_eq!(
            run("dob + 1.5 > dob", &dob),
            None,
            "half days are unknown, not rounded"
        );
    }

    #[test]
    fn syntax_errors_point_at_the_offending_token() {
        assert_eq!(err("fear = true").at, 5);
        assert_eq!(err("fear && age").at, 5);
        assert_eq!(err("(fear").kind, ErrorKind::Syntax);
        assert_eq!(err("1 < age < 3").kind, ErrorKind::Syntax);
        assert_eq!(err("outcome in []").kind, ErrorKind::Syntax);
        assert_eq!(err("fear and").kind, ErrorKind::Syntax);
        assert_eq!(err("\"open").at, 0);
        assert_eq!(err("").kind, ErrorKind::Syntax);
    }

    #[test]
    fn type_errors_name_the_mistake() {
        let e = err("age and fear");
        assert_eq!((e.kind, e.at), (ErrorKind::Type, 0), "{e:?}");
        assert!(
            err("outcome == \"adlut\"")
                .message
                .contains("not one of the options")
        );
        assert!(
            err("selected(indicators, \"dept\")")
                .message
                .contains("not one of the options")
        );
        assert!(err("indicators == \"debt\"").message.contains("selected"));
        assert!(err("name < \"b\"").message.contains("cannot order"));
        assert!(err("dob + dob > dob").message.contains("cannot compute"));
        assert!(err("age").message.contains("yes/no"));
        assert_eq!(err("agee < 3").kind, ErrorKind::UnknownName);
        assert_eq!(err("nowish() > dob").kind, ErrorKind::UnknownName);
        assert_eq!(err("complete(\"nope\")").kind, ErrorKind::UnknownName);
        assert!(err("departure_ready()").message.contains("[departure]"));
        assert!(err("date(\"2026-02-30\") > dob").message.contains("YYYY-MM-DD"));
    }

    #[test]
    fn deps_list_every_name_once() {
        let d = deps(&parse("age < 18 or (age_disputed and not answered(outcome)) or age > 90").unwrap());
        assert_eq!(d.names, vec!["age", "age_disputed", "outcome"]);
        let d = deps(&parse("complete(\"best-interests\") and today() > dob").unwrap());
        assert_eq!((d.steps, d.today), (vec!["best-interests".to_owned()], true));
    }
}
