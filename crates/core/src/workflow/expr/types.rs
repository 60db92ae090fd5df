//! The type checker: every name must exist, every operator gets operands of the right type, every option named
//! in a comparison must belong to its choice field.
//!
//! A node that already failed is typed [`Ty::Any`], so one mistake is reported once. The checker asks the workflow
//! what a name is through [`TypeEnv`] and never sees answers.

use std::fmt;

use super::{CmpOp, ErrorKind, ExprError, Func, Kind, Node};

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
