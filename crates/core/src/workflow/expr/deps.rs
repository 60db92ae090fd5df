//! What an expression reads: the field and flag names, the steps behind `complete(...)`, and whether it reads
//! today's date or departure readiness. Used for the dependency graph and by the checker.

use super::{Func, Kind, Node};

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
