//! The evaluator: three-valued (a missing, hidden or invalid answer is unknown, `None`), with Kleene logic for
//! `and`/`or`/`not`.
//!
//! It reads answers and case state only through [`Env`], so it does no I/O and is deterministic for a given
//! environment (today's date is asked of the caller too).

use super::{CmpOp, Func, Kind, Node};
use crate::workflow::date::Date;

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
