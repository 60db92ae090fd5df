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
//!
//! The module is split by stage: [`parse`] turns text into a [`Node`] tree, [`types`] checks a tree against the
//! workflow's names, [`deps`] lists what a tree reads, and [`eval`] computes its three-valued result. The tree
//! itself, the built-in functions and the error type live here, shared by all four.

mod deps;
mod eval;
mod parse;
mod types;

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

pub(crate) use deps::{Deps, deps};
pub(crate) use eval::{Env, Val, eval, truth};
pub(crate) use parse::parse;
pub(crate) use types::{NameKind, Ty, TypeEnv, check_bool, type_of};

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
